import { todayInDenmark } from '@portal/contracts';
import { PgBoss } from 'pg-boss';
import type { Db } from '../../lib/db.js';
import type { Logger } from '../../lib/logger.js';
import { scanTenant, sendReminder, tenantIds } from '../expectation-meetings/reminders.js';
import type { Mailer } from '../people-admin/mailer.js';
import { SNAPSHOT_QUEUE, snapshotAllTenants } from '../strategies/snapshot-job.js';
import { scanQuestionnaires } from '../questionnaires/delivery.js';

/**
 * The background jobs (ADR 0008): pg-boss on PostgreSQL, in its own schema `pgboss`, connected as
 * the owner role (it creates and migrates its schema). The jobs themselves touch tenant data only
 * through the app-role Prisma client `db`, one transaction per tenant with `app.tenant_id` set,
 * so row-level security applies to them exactly as to a request.
 * - `reminder-scan`: for every tenant, insert the due reminders (idempotent: UNIQUE key) and
 *   enqueue a send job for every unsent row. Enqueued at start-up and every
 *   `scanIntervalSeconds` (throttled to one per interval across all API replicas).
 * - `reminder-send`: deliver one row (at most once, see reminders.ts); failures retried by pg-boss
 *   with exponential back-off.
 * - `strategy-snapshot`: snapshot every strategy of every tenant (strategies/snapshot-job.ts; at
 *   most one per strategy and day), at start-up and every `snapshotIntervalHours`.
 */
export interface JobQueueOptions {
  ownerUrl: string;
  db: Db;
  mailer: Mailer | null;
  logger: Logger;
  daysBefore: number;
  scanIntervalSeconds: number;
  /** Hours between scheduled strategy snapshots (default 24). */
  snapshotIntervalHours?: number;
  publicUrl: string | undefined;
  /** Seconds before the first retry of a failed send (doubles each time). */
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  /**
   * The server secret questionnaire answer links are derived from (questionnaires/links.ts).
   * Unset: the scan still closes rounds past their closing date but mails nothing.
   */
  linkSecret?: string;
  /** For tests: the date to scan for (default: today in Denmark). */
  today?: () => string;
}

export interface JobQueue {
  /** Enqueues a scan now (throttled like the periodic one unless `force`). */
  requestScan(force?: boolean): Promise<void>;
  stop(): Promise<void>;
}

export const SCAN_QUEUE = 'reminder-scan';
export const SEND_QUEUE = 'reminder-send';
export const JOB_SCHEMA = 'pgboss';

interface SendJob {
  tenantId: string;
  notificationId: string;
}

export async function startJobQueue(o: JobQueueOptions): Promise<JobQueue> {
  const boss = new PgBoss({
    connectionString: o.ownerUrl,
    schema: JOB_SCHEMA,
    max: 4,
    application_name: 'portal-jobs',
    // No cron: the scan is enqueued by the interval below.
    schedule: false,
  });
  boss.on('error', (err) => o.logger.error({ err }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SCAN_QUEUE, { policy: 'short', retryLimit: 3, retryDelay: 30, expireInSeconds: 300 });
  const retry = {
    retryLimit: 8,
    retryDelay: o.retryDelaySeconds ?? 30,
    retryBackoff: true,
    retryDelayMax: 3600,
    expireInSeconds: 120,
  };
  await boss.createQueue(SEND_QUEUE, { policy: 'short', ...retry });
  await boss.updateQueue(SEND_QUEUE, retry);
  const polling = { pollingIntervalSeconds: o.pollingIntervalSeconds ?? 2 };

  await boss.work(SCAN_QUEUE, { ...polling, batchSize: 1 }, async () => {
    const today = o.today?.() ?? todayInDenmark();
    let queued = 0;
    for (const tenantId of await tenantIds(o.db)) {
      // Questionnaire rounds: close those past their date, retry undelivered invitations, send due
      // reminders (idempotent: each mail is claimed in the database before it is sent).
      const canMail = o.mailer && o.linkSecret && o.publicUrl;
      await scanQuestionnaires(
        {
          db: o.db,
          mailer: canMail ? o.mailer : null,
          secret: o.linkSecret ?? '',
          baseUrl: o.publicUrl ?? '',
          logger: o.logger,
        },
        tenantId,
        today,
      ).catch((err: unknown) => o.logger.warn({ err, tenantId }, 'questionnaire scan failed'));
      const pending = await scanTenant(o.db, tenantId, { today, daysBefore: o.daysBefore, publicUrl: o.publicUrl });
      if (!o.mailer) continue; // no SMTP server: the rows are kept (users see them), nothing is e-mailed
      for (const notificationId of pending) {
        // 'short' policy + key: at most one waiting send job per row, however often the scan runs.
        const id = await boss.send(SEND_QUEUE, { tenantId, notificationId } satisfies SendJob, {
          singletonKey: notificationId,
        });
        if (id) queued++;
      }
    }
    o.logger.info({ today, queued }, 'reminder scan done');
  });

  const mailer = o.mailer;
  if (mailer) {
    await boss.work<SendJob>(SEND_QUEUE, { ...polling, batchSize: 1 }, async (jobs) => {
      for (const job of jobs) {
        const r = await sendReminder(o.db, mailer, job.data.tenantId, job.data.notificationId);
        o.logger.info({ notificationId: job.data.notificationId, result: r }, 'reminder delivery');
      }
    });
  }

  const snapshotSeconds = (o.snapshotIntervalHours ?? 24) * 3600;
  await boss.createQueue(SNAPSHOT_QUEUE, { policy: 'short', retryLimit: 3, retryDelay: 60, expireInSeconds: 900 });
  await boss.work(SNAPSHOT_QUEUE, { ...polling, batchSize: 1 }, async () => {
    const r = await snapshotAllTenants(o.db, new Date(), o.logger);
    o.logger.info(r, 'strategy snapshots done');
  });
  const requestSnapshots = () => boss.sendThrottled(SNAPSHOT_QUEUE, {}, null, snapshotSeconds, 'snapshot');
  await requestSnapshots();
  const snapshotTimer = setInterval(() => {
    requestSnapshots().catch((err: unknown) => o.logger.warn({ err }, 'could not enqueue the strategy snapshots'));
  }, snapshotSeconds * 1000);
  snapshotTimer.unref();

  const requestScan = async (force = false) => {
    if (force) await boss.send(SCAN_QUEUE, {});
    else await boss.sendThrottled(SCAN_QUEUE, {}, null, o.scanIntervalSeconds, 'scan');
  };
  await requestScan();
  const timer = setInterval(() => {
    requestScan().catch((err: unknown) => o.logger.warn({ err }, 'could not enqueue the reminder scan'));
  }, o.scanIntervalSeconds * 1000);
  timer.unref();

  return {
    requestScan,
    async stop() {
      clearInterval(timer);
      clearInterval(snapshotTimer);
      await boss.stop({ graceful: true, timeout: 5000, close: true });
    },
  };
}
