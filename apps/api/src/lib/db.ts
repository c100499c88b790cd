import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client.js';

export type Db = PrismaClient;
/** A transaction with the tenant set: the only way repositories reach tenant tables. */
export type Tx = Prisma.TransactionClient;

export function createPrisma(url: string, opts: { max: number }): PrismaClient {
  const u = new URL(url);
  const adapter = new PrismaPg({
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.slice(1),
    max: opts.max,
    // With the pool exhausted, wait at most 2 s for a connection, then answer 503.
    connectionTimeoutMillis: 2000,
    idleTimeoutMillis: 30_000,
    application_name: 'portal-api',
  });
  return new PrismaClient({ adapter });
}

/**
 * Runs `fn` in one transaction with `app.tenant_id` set for row-level security. The tenant must
 * come from the authenticated session, never from the request body or URL.
 */
export function withTenant<T>(db: Db, tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      return fn(tx);
    },
    { maxWait: 2000, timeout: 10_000 },
  );
}

/**
 * Refuses to run when the app's database role could get past row-level security: a superuser,
 * a role with BYPASSRLS, or the owner of any table in the schema.
 */
export async function assertRoleCannotBypassRls(db: Db): Promise<void> {
  const rows = await db.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean; owned: bigint; name: string }[]>`
    SELECT r.rolname AS name, r.rolsuper, r.rolbypassrls,
      (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = r.oid AND n.nspname = current_schema()) AS owned
    FROM pg_roles r WHERE r.rolname = current_user`;
  const me = rows[0];
  if (!me) throw new Error('Could not read the database role');
  const reasons = [
    me.rolsuper && 'is a superuser',
    me.rolbypassrls && 'has BYPASSRLS',
    Number(me.owned) > 0 && `owns ${me.owned} table(s) or other relations`,
  ].filter(Boolean);
  if (reasons.length > 0) {
    throw new Error(
      `Refusing to start: the app's database role "${me.name}" ${reasons.join(', ')}, so it could ` +
        'bypass row-level security. Connect as a role without these rights (APP_DATABASE_URL).',
    );
  }
}

/**
 * A plain pg pool (the app role) for the session store and the login throttle. An idle
 * connection ended by the server (a restart, an administrator) must not crash the process: pg
 * emits 'error' on the pool, and an unhandled 'error' event would.
 */
export function createPgPool(url: string, opts: { max: number; onError: (err: Error) => void }): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max: opts.max, connectionTimeoutMillis: 2000 });
  pool.on('error', opts.onError);
  return pool;
}
