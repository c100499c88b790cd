// Shared parts of the region-scale benchmarks (bench-people.mjs, bench-courses.mjs): the real
// server from apps/api/dist on a fresh embedded database in a temporary directory, sign-in over
// HTTP as the web app does it, and an autocannon run that keeps every response's time for
// p50/p95/p99. Any error, timeout or non-2xx response is reported so that the caller fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const TENANT = 'region-hovedstaden';
export const DEMO_PASSWORD = 'Uddannelse2026!';

export function envInt(name, fallback, { min = 1 } = {}) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new Error(
      `${name} must be ${min === 1 ? 'a positive' : `an`} integer${min === 1 ? '' : ` ≥ ${min}`} (got "${raw}")`,
    );
  }
  return n;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A child process in its own process group, with the tail of its output kept for error messages. */
export function startChild(label, args, env) {
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
export async function stopChild(c) {
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

export async function waitForHttp(c, url, timeoutMs) {
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
export async function logIn(base, user) {
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

/** The `pg` client of the API package (the benchmarks add no dependency of their own). */
export function pgClient(connectionString) {
  const require = createRequire(path.join(ROOT, 'apps/api/package.json'));
  const pg = require('pg');
  return new pg.Client({ connectionString });
}

/**
 * CPU seconds used so far by a process and all its descendants (the API server and the embedded
 * PostgreSQL it started, whose backends are the postmaster's children), split by program name,
 * from /proc (Linux; null elsewhere). Includes reaped children. Compare two samples around a run.
 */
export async function treeCpu(rootPid) {
  let names;
  try {
    names = await fs.readdir('/proc');
  } catch {
    return null;
  }
  const procs = [];
  await Promise.all(
    names
      .filter((n) => /^\d+$/.test(n))
      .map(async (pid) => {
        try {
          const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
          const close = stat.lastIndexOf(')');
          const comm = stat.slice(stat.indexOf('(') + 1, close);
          const f = stat.slice(close + 2).split(' '); // f[0] = state (field 3), f[1] = ppid
          const ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
          procs.push({ pid: Number(pid), ppid: Number(f[1]), comm, ticks });
        } catch {
          // gone
        }
      }),
  );
  const children = new Map();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const out = {};
  const root = procs.find((p) => p.pid === rootPid);
  for (const stack = root ? [root] : []; stack.length > 0;) {
    const p = stack.pop();
    const key = p.comm.startsWith('postgres') ? 'postgres' : 'node';
    out[key] = (out[key] ?? 0) + p.ticks / 100;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One measured request: a checked first call (non-2xx throws), warm-up, then autocannon for
 * `duration` seconds recording every response's time. `matches(body)` describes the answer
 * (default: its `total`). The 1-minute load average is sampled before and after.
 */
export async function run(autocannon, { title, url, cookie, connections, duration, warmup, matches, cpuOf }) {
  const check = await fetch(url, { headers: { cookie } });
  const body = await check.json();
  if (!check.ok) throw new Error(`${title}: ${url} answered ${check.status}: ${JSON.stringify(body)}`);
  const described = matches ? matches(body) : (body.total ?? '–');
  if (warmup > 0) await autocannon({ url, headers: { cookie }, connections, duration: warmup });
  const times = [];
  const loadBefore = os.loadavg()[0];
  const cpuBefore = cpuOf ? await treeCpu(cpuOf) : null;
  const r = await new Promise((resolve, reject) => {
    const inst = autocannon({ url, headers: { cookie }, connections, duration }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    inst.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  const cpuAfter = cpuOf ? await treeCpu(cpuOf) : null;
  // CPU milliseconds per request of the API (node) and of PostgreSQL (all its processes).
  const cpuMs = (k) =>
    cpuBefore && cpuAfter && times.length ? (((cpuAfter[k] ?? 0) - (cpuBefore[k] ?? 0)) * 1000) / times.length : NaN;
  times.sort((a, b) => a - b);
  return {
    title,
    matches: described,
    rps: r.requests.average,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    load: (loadBefore + os.loadavg()[0]) / 2,
    cpuNode: cpuMs('node'),
    cpuPg: cpuMs('postgres'),
  };
}

/** Sets the exit code and says why when a run had any non-2xx, error or timeout, or no success. */
export function failOnErrors(rows) {
  for (const r of rows) {
    if (r.non2xx || r.errors || r.timeouts || r.ok === 0) {
      console.error(`FAIL: ${r.title}: non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}`);
      process.exitCode = 1;
    }
  }
}

/** A Markdown table; `extra` adds columns ([header, row → string]) after the standard ones. */
export function printTable(rows, { title = 'request (page of 50)', extra = [] } = {}) {
  const cols = [
    [title, (r) => r.title],
    ['matches', (r) => String(r.matches)],
    ['req/s', (r) => r.rps.toFixed(0)],
    ['p50 ms', (r) => r.p50.toFixed(1)],
    ['p95 ms', (r) => r.p95.toFixed(1)],
    ['p99 ms', (r) => r.p99.toFixed(1)],
    ['non-2xx', (r) => String(r.non2xx)],
    ['errors', (r) => String(r.errors + r.timeouts)],
    ...extra,
  ];
  const cells = rows.map((r) => cols.map(([, f]) => f(r)));
  const widths = cols.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (vals) =>
    '| ' + vals.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(cols.map(([h]) => h)));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

/**
 * The environment of the real server for a benchmark: production mode on loopback, a fresh
 * embedded PostgreSQL in `dataDir` with the demo data, never the caller's external database.
 */
export function benchServerEnv({ port, pgPort, dataDir }) {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.APP_DATABASE_URL;
  return Object.assign(env, {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(pgPort),
    LOAD_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    // production wants a secret; plain HTTP on loopback wants a non-Secure cookie.
    SESSION_SECRET: 'bench-'.padEnd(64, '0'),
    COOKIE_SECURE: 'false',
  });
}

/**
 * Runs `body({ base, ownerUrl, api, tmp })` against the real server (apps/api/dist/server.js, as in
 * production, with the demo data) on a fresh embedded database in a temporary directory; stops
 * the server (which stops its database) and removes the directory afterwards, also on Ctrl-C.
 * A failure is printed as "bench-<name> failed: …" and sets exit code 1.
 */
export async function withApiServer(name, body, { nodeArgs = [], env = {} } = {}) {
  const serverJs = path.join(ROOT, 'apps/api/dist/server.js');
  await fs.access(serverJs).catch(() => {
    throw new Error(`${serverJs} is missing: run \`pnpm build\` first (or \`pnpm bench:${name}\`, which builds)`);
  });
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), `portal-bench-${name}-`));
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
    const apiEnv = { ...benchServerEnv({ port, pgPort, dataDir: path.join(tmp, 'data') }), ...env };
    console.log(`Starting the API (fresh embedded PostgreSQL in ${tmp}) …`);
    api = startChild('API server', [...nodeArgs, serverJs], apiEnv);
    await waitForHttp(api, `${base}/health/ready`, 180_000);
    const ownerUrl = `postgresql://portal_owner:embedded-owner@127.0.0.1:${pgPort}/portal`;
    await body({ base, ownerUrl, api, tmp });
  } catch (err) {
    console.error(`\nbench-${name} failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    if (!interrupted) {
      await stopChild(api);
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }
}
