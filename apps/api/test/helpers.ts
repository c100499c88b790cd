import pg from 'pg';
import request from 'supertest';
import { dbUrls } from './db-urls.js';
import type { MeResponse } from '@portal/contracts';
import { buildApp } from '../src/app.js';
import { loadConfig, type Config } from '../src/lib/config.js';
import { createPgPool, createPrisma, type Db } from '../src/lib/db.js';
import { createLogger } from '../src/lib/logger.js';
import { DEMO_PASSWORD, DEMO_TENANTS } from '../src/seed/demo.js';

export interface TestApp {
  app: ReturnType<typeof buildApp>['app'];
  routes: ReturnType<typeof buildApp>['routes'];
  db: Db;
  pool: pg.Pool;
  config: Config;
  close(): Promise<void>;
}

/** The real app against the test run's PostgreSQL, as the app role. */
export function createTestApp(env: Record<string, string> = {}): TestApp {
  const { appUrl } = dbUrls();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent', ...env });
  const db = createPrisma(appUrl, { max: config.dbPoolMax });
  const pool = createPgPool(appUrl, { max: 2, onError: () => {} });
  const { app, routes } = buildApp({
    config,
    db,
    pool,
    logger: createLogger('silent'),
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
  });
  return {
    app,
    routes,
    db,
    pool,
    config,
    async close() {
      await pool.end();
      await db.$disconnect();
    },
  };
}

/** A pg client as the owner role (bypasses nothing: FORCE RLS applies to the owner too). */
export async function ownerClient(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: dbUrls().ownerUrl });
  await c.connect();
  return c;
}
export async function appRoleClient(): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: dbUrls().appUrl });
  await c.connect();
  return c;
}

export type Agent = ReturnType<typeof request.agent>;

export interface LoggedIn {
  agent: Agent;
  me: MeResponse;
  csrf: string;
}

export async function csrfToken(agent: Agent): Promise<string> {
  const res = await agent.get('/api/auth/csrf').expect(200);
  return (res.body as { csrfToken: string }).csrfToken;
}

export async function login(
  app: TestApp['app'],
  tenant: string,
  email: string,
  password = DEMO_PASSWORD,
): Promise<LoggedIn> {
  const agent = request.agent(app);
  const token = await csrfToken(agent);
  const res = await agent.post('/api/auth/login').set('x-csrf-token', token).send({ tenant, email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  const me = res.body as MeResponse;
  return { agent, me, csrf: me.csrfToken };
}

export const HOVEDSTADEN = 'region-hovedstaden';
export const SJAELLAND = 'region-sjaelland';

/** The demo user of a tenant whose first role is `role`. */
export function demoUser(tenant: string, role: string): string {
  const t = DEMO_TENANTS.find((x) => x.slug === tenant)!;
  const u = t.users.find((x) => x.roles[0]!.role === role);
  if (!u) throw new Error(`no demo ${role} in ${tenant}`);
  return u.email;
}
