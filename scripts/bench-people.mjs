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
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TENANT = 'region-hovedstaden';
const ADMIN = { tenant: TENANT, email: 'thomas.krogh@regionh.dk', password: 'Uddannelse2026!' };
const CENTRE = { tenant: TENANT, email: 'karen.bech@regionh.dk', password: 'Uddannelse2026!' };

function envInt(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer (got "${raw}")`);
  return n;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A child process in its own process group, with the tail of its output kept for error messages. */
function startChild(label, args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let tail = '';
  const keep = (d) => {
    tail = (tail + d.toString()).slice(-8000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { label, child, exited, output: () => tail };
}

/** SIGTERM (graceful: the API stops its embedded PostgreSQL), then SIGKILL to the whole group. */
async function stopChild(c) {
  if (!c || c.child.exitCode !== null || c.child.signalCode !== null) return;
  c.child.kill('SIGTERM');
  const done = await Promise.race([c.exited.then(() => true), sleep(20_000).then(() => false)]);
  if (!done) {
    try {
      process.kill(-c.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    await c.exited;
  }
}

async function waitForHttp(c, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (c.child.exitCode !== null) {
      throw new Error(`${c.label} exited with code ${c.child.exitCode} before ${url} answered:\n${c.output()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${c.label}: ${url} did not answer 2xx within ${timeoutMs / 1000} s:\n${c.output()}`);
}

function cookieFrom(res, fallback) {
  const pair = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => /sid=/.test(c));
  return pair ?? fallback;
}

/** Signs in over HTTP exactly as the web app does: CSRF token first, then the login. */
async function logIn(base, user) {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  if (!csrfRes.ok) throw new Error(`GET /api/auth/csrf answered ${csrfRes.status}: ${await csrfRes.text()}`);
  const { csrfToken } = await csrfRes.json();
  const preCookie = cookieFrom(csrfRes);
  if (!preCookie) throw new Error('GET /api/auth/csrf set no session cookie');
  const loginRes = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: preCookie },
    body: JSON.stringify(user),
  });
  if (!loginRes.ok) throw new Error(`POST /api/auth/login answered ${loginRes.status}: ${await loginRes.text()}`);
  await loginRes.arrayBuffer();
  return cookieFrom(loginRes, preCookie);
}

/** Inserts the generated hospitals, departments, people and assignments as the owner role. */
async function generatePeople(ownerUrl, count) {
  const require = createRequire(path.join(ROOT, 'apps/api/package.json'));
  const pg = require('pg');
  const c = new pg.Client({ connectionString: ownerUrl });
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

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function run(autocannon, { title, url, cookie, connections, duration, warmup }) {
  const check = await fetch(url, { headers: { cookie } });
  const body = await check.json();
  if (!check.ok) throw new Error(`${title}: ${url} answered ${check.status}: ${JSON.stringify(body)}`);
  const matches = body.total ?? '–';
  if (warmup > 0) await autocannon({ url, headers: { cookie }, connections, duration: warmup });
  const times = [];
  const r = await new Promise((resolve, reject) => {
    const inst = autocannon({ url, headers: { cookie }, connections, duration }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    inst.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    title,
    matches,
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
}

function printTable(rows) {
  const cols = [
    ['request (page of 50)', (r) => r.title],
    ['matches', (r) => String(r.matches)],
    ['req/s', (r) => r.rps.toFixed(0)],
    ['p50 ms', (r) => r.p50.toFixed(1)],
    ['p95 ms', (r) => r.p95.toFixed(1)],
    ['p99 ms', (r) => r.p99.toFixed(1)],
    ['non-2xx', (r) => String(r.non2xx)],
    ['errors', (r) => String(r.errors + r.timeouts)],
  ];
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (vals) =>
    '| ' + vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(cols.map(([h]) => h)));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

async function main() {
  const duration = envInt('BENCH_DURATION', 5);
  const warmup = envInt('BENCH_WARMUP', 1);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const people = envInt('BENCH_PEOPLE', 5000);
  const serverJs = path.join(ROOT, 'apps/api/dist/server.js');
  await fs.access(serverJs).catch(() => {
    throw new Error(`${serverJs} is missing: run \`pnpm build\` first (or \`pnpm bench:people\`, which builds)`);
  });
  const { default: autocannon } = await import('autocannon');
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-bench-people-'));
  await fs.chmod(tmp, 0o755);
  let api;
  let interrupted = false;
  const onSignal = (sig) => {
    interrupted = true;
    console.error(`\n${sig}: stopping the server`);
    void stopChild(api)
      .then(() => fs.rm(tmp, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const [port, pgPort] = [await freePort(), await freePort()];
    const base = `http://127.0.0.1:${port}`;
    const apiEnv = { ...process.env };
    delete apiEnv.DATABASE_URL;
    delete apiEnv.APP_DATABASE_URL;
    Object.assign(apiEnv, {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: path.join(tmp, 'data'),
      EMBEDDED_PG_PORT: String(pgPort),
      LOAD_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: 'bench-'.padEnd(64, '0'),
      COOKIE_SECURE: 'false',
    });
    console.log(`Starting the API (fresh embedded PostgreSQL in ${tmp}) …`);
    api = startChild('API server', [serverJs], apiEnv);
    await waitForHttp(api, `${base}/health/ready`, 180_000);
    const t0 = Date.now();
    const { assignments } = await generatePeople(
      `postgresql://portal_owner:embedded-owner@127.0.0.1:${pgPort}/portal`,
      people,
    );
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
    for (const r of rows) {
      if (r.non2xx || r.errors || r.timeouts || r.ok === 0) {
        console.error(`FAIL: ${r.title}: non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);
        process.exitCode = 1;
      }
    }
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  } catch (err) {
    console.error(`\nbench-people failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    if (!interrupted) {
      await stopChild(api);
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }
}

await main();
