import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';
import { createDataDir } from './support/data-dir';
import { startSmtpCatcher } from './support/smtp-catcher';

const E2E_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(E2E_DIR, '../..');
const SERVER_ENTRY = path.join(REPO_ROOT, 'apps/api/dist/server.js');
const WEB_INDEX = path.join(REPO_ROOT, 'apps/web/dist/index.html');

/** A TCP port that is free on the loopback interface right now (asked of a short-lived node). */
function freePort(): string {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

// This file is evaluated by the runner and again by every worker. The runner picks the ports and
// the data directory once and puts them in its environment, which the workers inherit, so every
// process agrees on the server's address. E2E_PORT and E2E_PG_PORT may be set to fix the ports.
if (!process.env.E2E_DATA_DIR) {
  if (!fs.existsSync(SERVER_ENTRY) || !fs.existsSync(WEB_INDEX)) {
    throw new Error(
      `The app is not built (${SERVER_ENTRY} or ${WEB_INDEX} is missing): run \`pnpm build\` at the root.`,
    );
  }
  process.env.E2E_DATA_DIR = createDataDir();
  process.env.E2E_PORT ??= freePort();
  process.env.E2E_PG_PORT ??= freePort();
  process.env.E2E_SMTP_PORT ??= freePort();
  // The mail server the portal sends to (reminders): up before the web server starts.
  startSmtpCatcher(Number(process.env.E2E_SMTP_PORT), process.env.E2E_DATA_DIR);
}

const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: './specs',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The built app (SPA served by the API) against an embedded PostgreSQL with the demo data.
    // Never builds: `pnpm test` at the root builds first.
    command: 'node ../api/dist/server.js',
    cwd: E2E_DIR,
    url: `${baseURL}/health/ready`,
    env: {
      PORT: process.env.E2E_PORT!,
      HOST: '127.0.0.1',
      DATA_DIR: process.env.E2E_DATA_DIR!,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT!,
      LOG_LEVEL: 'warn',
      SMTP_URL: `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`,
      PUBLIC_URL: baseURL,
      // The reminder scan runs at start-up and then every 2 s, so a spec sees a reminder promptly.
      REMINDER_SCAN_INTERVAL_SECONDS: '2',
    },
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM lets the server stop its embedded PostgreSQL before the data directory is removed.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
