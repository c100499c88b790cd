import pg from 'pg';
import { afterEach, beforeEach, expect, inject, vi } from 'vitest';
import { setDbUrls } from './db-urls.js';

// This test file's own database: a copy of the global setup's (migrated, demo data loaded).
// CREATE DATABASE … TEMPLATE needs no one connected to the template, so it is run from the
// `postgres` maintenance database.
{
  const base = inject('dbUrls');
  const withDb = (url: string, db: string) => {
    const u = new URL(url);
    u.pathname = `/${db}`;
    return u.toString();
  };
  const template = new URL(base.ownerUrl).pathname.slice(1);
  const name = `${template}_f${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: withDb(base.ownerUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
    await admin.query(`GRANT CONNECT, TEMPORARY ON DATABASE "${name}" TO portal_app`);
  } finally {
    await admin.end();
  }
  setDbUrls({ ownerUrl: withDb(base.ownerUrl, name), appUrl: withDb(base.appUrl, name) });
}

// An unexpected console.error fails the test (epic-stack's rule): errors must be handled.
beforeEach(() => {
  vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(console.error).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});
