import type { NotificationKind } from '@portal/contracts';
import type { Db, Tx } from '../../lib/db.js';
import type { Mailer } from '../people-admin/mailer.js';

/**
 * Expectation-meeting reminders by e-mail (issue 4):
 * - MEETING_DUE_SOON to the trainee and the hovedvejleder, from N days before the due date until
 *   the due date, while the meeting has not been held;
 * - MEETING_OVERDUE to the department's UAO(s) once the due date has passed without a meeting.
 * The scan runs per tenant in its own transaction with `app.tenant_id` set (row-level security
 * applies, as in a request) and writes one `notification` row per (course, kind, recipient, due
 * date): the UNIQUE key makes a repeated or concurrent scan insert nothing twice. Sending is a
 * separate job per row (see notifications/job-queue.ts); a row is sent once, under a row lock,
 * and marked with sent_at.
 */

export interface ReminderOptions {
  /** Today in Danish time (ISO date). */
  today: string;
  /** Days before the due date the first reminder goes out. */
  daysBefore: number;
  /** The portal's public address for links, if known. */
  publicUrl: string | undefined;
}

interface Candidate {
  course_id: string;
  kind: NotificationKind;
  due: string;
  user_id: string;
  trainee_id: string;
  email: string;
  locale: string;
  recipient_name: string;
  trainee_name: string;
  unit_name: string;
  track: string;
}

const formatDate = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-');
  return locale === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
};

/** The e-mail for one reminder, in the recipient's language. */
export function composeReminder(c: Candidate, publicUrl: string | undefined): { subject: string; body: string } {
  const en = c.locale === 'en';
  const due = formatDate(c.due, c.locale);
  const isTrainee = c.user_id === c.trainee_id;
  const link = publicUrl ? `${publicUrl}/expectation-meetings/${c.course_id}` : null;
  const lines: string[] = [];
  let subject: string;
  if (c.kind === 'MEETING_DUE_SOON') {
    subject = en
      ? `Expectation meeting due by ${due}: ${c.trainee_name}`
      : `Forventningsafstemning senest ${due}: ${c.trainee_name}`;
    lines.push(en ? `Dear ${c.recipient_name},` : `Kære ${c.recipient_name}`, '');
    if (isTrainee) {
      lines.push(
        en
          ? `Your expectation meeting with your main supervisor in ${c.unit_name} must be held by ${due}.`
          : `Din forventningsafstemning med din hovedvejleder på ${c.unit_name} skal holdes senest ${due}.`,
      );
    } else {
      lines.push(
        en
          ? `As main supervisor, please hold the expectation meeting with ${c.trainee_name} (${c.unit_name}) by ${due}.`
          : `Som hovedvejleder skal du holde forventningsafstemningen med ${c.trainee_name} (${c.unit_name}) senest ${due}.`,
      );
    }
  } else {
    subject = en
      ? `Overdue expectation meeting: ${c.trainee_name} (due ${due})`
      : `Forventningsafstemning overskredet: ${c.trainee_name} (frist ${due})`;
    lines.push(
      en ? `Dear ${c.recipient_name},` : `Kære ${c.recipient_name}`,
      '',
      en
        ? `The expectation meeting of ${c.trainee_name} in ${c.unit_name} was due by ${due} and has not been recorded as held.`
        : `Forventningsafstemningen for ${c.trainee_name} på ${c.unit_name} skulle være holdt senest ${due} og er ikke registreret som afholdt.`,
    );
  }
  if (link) lines.push('', en ? `Open the meeting: ${link}` : `Se forventningsafstemningen: ${link}`);
  lines.push('', en ? 'Uddannelsesportalen (automatic reminder)' : 'Uddannelsesportalen (automatisk påmindelse)');
  return { subject, body: lines.join('\n') };
}

/** Who should get which reminder today, in the tenant set on the transaction. */
async function candidates(tx: Tx, tenantId: string, o: ReminderOptions): Promise<Candidate[]> {
  return tx.$queryRaw<Candidate[]>`
    WITH open_course AS (
      SELECT c.id, c.track, c.unit_id, c.trainee_id,
             expectation_meeting_due(c.track, c.start_date, c.end_date) AS due
        FROM course c
        LEFT JOIN expectation_meeting m ON m.tenant_id = c.tenant_id AND m.course_id = c.id
       WHERE c.tenant_id = ${tenantId}::uuid
         AND c.cancelled_at IS NULL
         AND c.end_date >= ${o.today}::date
         AND c.start_date <= ${o.today}::date + ${o.daysBefore}::int
         AND m.held_on IS NULL
    ), due_soon AS (
      SELECT oc.*, 'MEETING_DUE_SOON' AS kind, oc.trainee_id AS user_id FROM open_course oc
       WHERE oc.due BETWEEN ${o.today}::date AND ${o.today}::date + ${o.daysBefore}::int
      UNION ALL
      SELECT oc.*, 'MEETING_DUE_SOON', cs.supervisor_id FROM open_course oc
        JOIN course_supervisor cs ON cs.tenant_id = ${tenantId}::uuid AND cs.course_id = oc.id AND cs.is_main
       WHERE oc.due BETWEEN ${o.today}::date AND ${o.today}::date + ${o.daysBefore}::int
    ), overdue AS (
      SELECT DISTINCT oc.*, 'MEETING_OVERDUE' AS kind, ra.user_id FROM open_course oc
        JOIN role_assignment ra ON ra.tenant_id = ${tenantId}::uuid AND ra.role = 'UAO' AND ra.scope_unit_id = oc.unit_id
         AND ra.valid_from <= ${o.today}::date AND (ra.valid_to IS NULL OR ra.valid_to >= ${o.today}::date)
       WHERE oc.due < ${o.today}::date
    )
    SELECT r.id AS course_id, r.kind, r.due::text AS due, u.id AS user_id, r.trainee_id, u.email, u.locale,
           u.name AS recipient_name, t.name AS trainee_name, ou.name AS unit_name, r.track
      FROM (SELECT * FROM due_soon UNION ALL SELECT * FROM overdue) r
      JOIN app_user u ON u.tenant_id = ${tenantId}::uuid AND u.id = r.user_id AND u.deactivated_at IS NULL
      JOIN app_user t ON t.tenant_id = ${tenantId}::uuid AND t.id = r.trainee_id
      JOIN org_unit ou ON ou.tenant_id = ${tenantId}::uuid AND ou.id = r.unit_id
     ORDER BY r.due, r.id, r.kind, u.id`;
}

/**
 * One tenant's scan: inserts the reminders that are due (idempotent) and returns the ids of all
 * rows not yet sent (new ones and any whose sending was lost or is being retried).
 */
export async function scanTenant(db: Db, tenantId: string, o: ReminderOptions): Promise<string[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      const found = await candidates(tx, tenantId, o);
      if (found.length > 0) {
        await tx.notification.createMany({
          data: found.map((c) => ({
            tenantId,
            userId: c.user_id,
            courseId: c.course_id,
            kind: c.kind,
            dueDate: new Date(`${c.due}T00:00:00Z`),
            toAddress: c.email,
            ...composeReminder(c, o.publicUrl),
          })),
          skipDuplicates: true,
        });
      }
      const pending = await tx.notification.findMany({
        where: { tenantId, sentAt: null, attempts: { lt: MAX_ATTEMPTS } },
        select: { id: true },
        orderBy: { createdAt: 'asc' },
      });
      return pending.map((p) => p.id);
    },
    { maxWait: 5000, timeout: 30_000 },
  );
}

/** After this many failed deliveries a row stays unsent (visible to the user) and is not retried. */
export const MAX_ATTEMPTS = 10;

/** The tenants to scan (the tenant table has no row-level security). */
export async function tenantIds(db: Db): Promise<string[]> {
  const rows = await db.tenant.findMany({ select: { id: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => r.id);
}

/**
 * Sends one reminder, at most once: the row is locked for the delivery, skipped when already sent,
 * and marked sent in the same transaction. A failure is recorded (attempts, last_error) and
 * rethrown, so that the job queue retries it.
 */
export async function sendReminder(
  db: Db,
  mailer: Mailer,
  tenantId: string,
  notificationId: string,
): Promise<'sent' | 'skipped'> {
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
        const rows = await tx.$queryRaw<{ to_address: string; subject: string; body: string }[]>`
          SELECT to_address, subject, body FROM notification
           WHERE tenant_id = ${tenantId}::uuid AND id = ${notificationId}::uuid AND sent_at IS NULL
           FOR UPDATE SKIP LOCKED`;
        const n = rows[0];
        if (!n) return 'skipped' as const;
        await mailer.send({ to: n.to_address, subject: n.subject, text: n.body });
        await tx.notification.updateMany({
          where: { tenantId, id: notificationId },
          data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
        });
        return 'sent' as const;
      },
      { maxWait: 5000, timeout: 25_000 },
    );
  } catch (err) {
    const message = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
    await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      await tx.notification.updateMany({
        where: { tenantId, id: notificationId, sentAt: null },
        data: { attempts: { increment: 1 }, lastError: message },
      });
    });
    throw err;
  }
}
