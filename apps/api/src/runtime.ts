import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import type { Config } from './lib/config.js';
import { assertRoleCannotBypassRls, createPgPool, createPrisma, type Db } from './lib/db.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './lib/embedded-db.js';
import type { Logger } from './lib/logger.js';
import { migrateDeploy, REPO_ROOT } from './lib/migrate.js';
import { loadDemoData } from './seed/demo.js';
import { startJobQueue, type JobQueue } from './modules/notifications/job-queue.js';
import { createMailer } from './modules/people-admin/mailer.js';

export interface Runtime {
  db: Db;
  pool: pg.Pool;
  sessionSecret: string;
  embedded: EmbeddedDatabase | undefined;
  close(): Promise<void>;
}

async function localSessionSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'session-secret');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    await fs.mkdir(dataDir, { recursive: true });
    await fs.writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

/** Database (embedded or external), migrations, demo data: everything the app needs to serve. */
export async function startRuntime(config: Config, logger: Logger): Promise<Runtime> {
  const dataDir = path.resolve(REPO_ROOT, config.dataDir);
  let embedded: EmbeddedDatabase | undefined;
  let ownerUrl = config.databaseUrl;
  let appUrl = config.appDatabaseUrl;
  if (!ownerUrl) {
    logger.info({ dataDir }, 'no DATABASE_URL: starting the embedded PostgreSQL');
    embedded = await startEmbeddedDatabase({
      dataDir: path.join(dataDir, 'pg'),
      port: config.embeddedPgPort,
      database: 'portal',
      persistent: true,
    });
    ownerUrl = embedded.ownerUrl;
    appUrl = embedded.appUrl;
  }
  logger.info('applying migrations');
  await migrateDeploy(ownerUrl);
  const db = createPrisma(appUrl!, { max: config.dbPoolMax });
  await assertRoleCannotBypassRls(db);
  const pool = createPgPool(appUrl!, {
    max: 4,
    onError: (err) => logger.warn({ err }, 'an idle database connection was closed; the pool reconnects'),
  });
  const loadDemo = config.loadDemoData ?? embedded !== undefined;
  if (loadDemo) {
    const loaded = await loadDemoData(db);
    if (loaded.length > 0) logger.info({ tenants: loaded }, 'demo data loaded');
  }
  const sessionSecret = config.sessionSecret ?? (await localSessionSecret(dataDir));
  let jobs: JobQueue | undefined;
  if (config.jobs.enabled) {
    // pg-boss in its own schema as the owner role; the jobs reach tenant data as the app role (ADR 0008).
    jobs = await startJobQueue({
      ownerUrl,
      db,
      mailer: createMailer(config.mail),
      logger,
      daysBefore: config.jobs.reminderDaysBefore,
      scanIntervalSeconds: config.jobs.scanIntervalSeconds,
      snapshotIntervalHours: config.jobs.snapshotIntervalHours,
      publicUrl: config.mail.publicUrl,
      linkSecret: sessionSecret,
    });
    logger.info({ scanIntervalSeconds: config.jobs.scanIntervalSeconds }, 'job queue started');
  }
  return {
    db,
    pool,
    sessionSecret,
    embedded,
    async close() {
      await jobs?.stop().catch((err: unknown) => logger.warn({ err }, 'job queue did not stop cleanly'));
      await pool.end().catch(() => {});
      await db.$disconnect().catch(() => {});
      await embedded?.stop().catch(() => {});
    },
  };
}
