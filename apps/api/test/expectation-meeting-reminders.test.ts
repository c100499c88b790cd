import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectationMeetingDueDate, todayInDenmark } from '@portal/contracts';
import { createLogger } from '../src/lib/logger.js';
import { createPrisma, type Db } from '../src/lib/db.js';
import { scanTenant } from '../src/modules/expectation-meetings/reminders.js';
import { startJobQueue, type JobQueue } from '../src/modules/notifications/job-queue.js';
import { createMailer } from '../src/modules/people-admin/mailer.js';
import { dbUrls } from './db-urls.js';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type TestApp } from './helpers.js';
import { startMailCatcher } from './mail-catcher.js';

const today = todayInDenmark();
const plus = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

let db: Db;
let t: TestApp;
const tenant: Record<string, string> = {};
const user: Record<string, string> = {};
let sofieCourse: string;
let newCourse: string;
let newCourseDue: string;

async function owner<T>(tenantId: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await c.query(sql, params);
    await c.query('COMMIT');
    return r.rows as T[];
  } finally {
    await c.end();
  }
}

interface Row {
  course_id: string;
  kind: string;
  user_id: string;
  to_address: string;
  subject: string;
  body: string;
  sent_at: Date | null;
  attempts: number;
  last_error: string | null;
  tenant_id: string;
}
// The reminder kinds only: other modules' messages (talk requests, issue 7) share the table and the
// send pipeline, and other test files may add them to the shared database at any time.
const rows = (tenantId: string) =>
  owner<Row>(
    tenantId,
    "SELECT * FROM notification WHERE kind IN ('MEETING_DUE_SOON', 'MEETING_OVERDUE') ORDER BY created_at, id",
  );
/** A caught e-mail that is a reminder (not another module's message through the same pipeline). */
const isReminder = (m: { subject: string }) =>
  !/^(Ønske om opfølgende samtale|Request for a follow-up talk)/.test(m.subject);

async function until(what: string, fn: () => boolean | Promise<boolean>, ms = 25_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  db = createPrisma(dbUrls().appUrl, { max: 4 });
  t = createTestApp();
  const c = await ownerClient();
  try {
    for (const r of (await c.query<{ id: string; slug: string }>('SELECT id, slug FROM tenant')).rows)
      tenant[r.slug] = r.id;
  } finally {
    await c.end();
  }
  for (const u of await owner<{ id: string; email: string }>(tenant[HOVEDSTADEN]!, 'SELECT id, email FROM app_user')) {
    user[u.email] = u.id;
  }
  sofieCourse = (
    await owner<{ id: string }>(tenant[HOVEDSTADEN]!, 'SELECT id FROM course WHERE trainee_id = $1', [
      user['sofie.lindberg@regionh.dk'],
    ])
  )[0]!.id;
  // A second KBU course for Sofie that started 12 days ago: due in at most 2 days (a weekend moves it back).
  newCourse = randomUUID();
  const start = plus(today, -12);
  const end = plus(today, 168);
  newCourseDue = expectationMeetingDueDate({ track: 'KBU', startDate: start, endDate: end });
  await owner(
    tenant[HOVEDSTADEN]!,
    `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, updated_at)
     SELECT $1, tenant_id, trainee_id, unit_id, 'KBU', $3, $4, now() FROM course WHERE id = $2`,
    [newCourse, sofieCourse, start, end],
  );
  await owner(
    tenant[HOVEDSTADEN]!,
    `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main) VALUES ($1, $2, $3, $4, true)`,
    [randomUUID(), tenant[HOVEDSTADEN], newCourse, user['jens.mikkelsen@regionh.dk']],
  );
});
afterAll(async () => {
  await db.$disconnect();
  await t.close();
});

describe('the reminder scan', () => {
  it('finds the due-soon reminders (trainee, hovedvejleder) and the overdue one (UAO), for its own tenant only, idempotently', async () => {
    const o = { today, daysBefore: 3, publicUrl: 'https://portal.example' };
    const pending = await scanTenant(db, tenant[HOVEDSTADEN]!, o);
    const h = await rows(tenant[HOVEDSTADEN]!);
    const reminderIds = new Set(h.map((r) => (r as unknown as { id: string }).id));
    // Every reminder row is pending (other kinds' unsent rows may be pending too).
    expect(pending.filter((id) => reminderIds.has(id)).sort()).toEqual([...reminderIds].sort());
    const key = (r: Row) => `${r.course_id}|${r.kind}|${r.to_address}`;
    expect(h.map(key)).toEqual(
      expect.arrayContaining([
        `${newCourse}|MEETING_DUE_SOON|sofie.lindberg@regionh.dk`,
        `${newCourse}|MEETING_DUE_SOON|jens.mikkelsen@regionh.dk`,
        `${sofieCourse}|MEETING_OVERDUE|mette.kjaer@regionh.dk`,
      ]),
    );
    // Nothing for courses whose meeting was held (Ida's, confirmed; Freja's, held) or not yet due.
    expect(h.every((r) => r.tenant_id === tenant[HOVEDSTADEN])).toBe(true);
    expect(h.filter((r) => r.kind === 'MEETING_DUE_SOON').every((r) => r.course_id === newCourse)).toBe(true);
    // The other tenant's scan has not run: none of its rows exist, and this scan wrote none for it.
    expect(await rows(tenant[SJAELLAND]!)).toEqual([]);
    // A second scan inserts nothing new.
    await scanTenant(db, tenant[HOVEDSTADEN]!, o);
    expect((await rows(tenant[HOVEDSTADEN]!)).length).toBe(h.length);
    // Row-level security: with another tenant set, this tenant's rows are invisible to the app role.
    const seen = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenant[SJAELLAND]!}, true)`;
      return tx.notification.count();
    });
    expect(seen).toBe(0);
  });

  it('writes the e-mail in the recipient’s words, with the due date and a link', async () => {
    const h = await rows(tenant[HOVEDSTADEN]!);
    const [y, m, d] = newCourseDue.split('-');
    const jens = h.find((r) => r.kind === 'MEETING_DUE_SOON' && r.to_address === 'jens.mikkelsen@regionh.dk')!;
    expect(jens.subject).toBe(`Forventningsafstemning senest ${d}.${m}.${y}: Sofie Lindberg`);
    expect(jens.body).toContain('Som hovedvejleder skal du holde forventningsafstemningen med Sofie Lindberg');
    expect(jens.body).toContain(`https://portal.example/expectation-meetings/${newCourse}`);
    const sofie = h.find((r) => r.kind === 'MEETING_DUE_SOON' && r.to_address === 'sofie.lindberg@regionh.dk')!;
    expect(sofie.body).toContain('Din forventningsafstemning med din hovedvejleder');
    const mette = h.find((r) => r.kind === 'MEETING_OVERDUE')!;
    expect(mette.subject).toBe('Forventningsafstemning overskredet: Sofie Lindberg (frist 14.08.2026)');
  });
});

describe('sending through pg-boss and SMTP', () => {
  it('delivers each reminder once, retries a failed delivery, and sends nothing twice after a restart', async () => {
    const mail = await startMailCatcher();
    const logger = createLogger('silent');
    const start = () =>
      startJobQueue({
        ownerUrl: dbUrls().ownerUrl,
        db,
        mailer: createMailer({
          smtpUrl: mail.url,
          from: 'Uddannelsesportalen <no-reply@test.local>',
          publicUrl: undefined,
        }),
        logger,
        daysBefore: 3,
        scanIntervalSeconds: 3600,
        publicUrl: 'https://portal.example',
        retryDelaySeconds: 1,
        pollingIntervalSeconds: 0.5,
      });
    let q: JobQueue | undefined;
    try {
      // Mette's mailbox refuses the first attempt: the send job fails and pg-boss retries it.
      mail.failNext('mette.kjaer@regionh.dk', 1);
      q = await start();
      const expected = async () => (await rows(tenant[HOVEDSTADEN]!)).length + (await rows(tenant[SJAELLAND]!)).length;
      await until('every reminder delivered', async () => {
        const all = [...(await rows(tenant[HOVEDSTADEN]!)), ...(await rows(tenant[SJAELLAND]!))];
        return (
          all.length > 0 && all.every((r) => r.sent_at !== null) && mail.inbox.filter(isReminder).length === all.length
        );
      });
      const total = await expected();
      expect(mail.inbox.filter(isReminder).length).toBe(total);

      const toJens = mail.inbox.filter((m) => m.to.includes('jens.mikkelsen@regionh.dk'));
      expect(toJens.map((m) => m.subject)).toContain(
        `Forventningsafstemning senest ${newCourseDue.split('-').reverse().join('.')}: Sofie Lindberg`,
      );
      const toMette = mail.inbox.filter((m) => m.to.includes('mette.kjaer@regionh.dk'));
      expect(toMette).toHaveLength(1);
      expect(toMette[0]!.subject).toBe('Forventningsafstemning overskredet: Sofie Lindberg (frist 14.08.2026)');
      expect(toMette[0]!.text).toContain('er ikke registreret som afholdt');
      const metteRow = (await rows(tenant[HOVEDSTADEN]!)).find((r) => r.to_address === 'mette.kjaer@regionh.dk')!;
      expect(metteRow.attempts).toBe(2);
      expect(metteRow.last_error).toBeNull();
      // The other tenant's scan ran in its own transaction: its overdue KBU meeting (Emma's) goes to its UAO only.
      const sj = await rows(tenant[SJAELLAND]!);
      expect(sj.map((r) => r.to_address)).toContain('birgitte.hansen@regionsjaelland.dk');
      expect(sj.every((r) => r.to_address.endsWith('@regionsjaelland.dk'))).toBe(true);

      // Restart: a new queue, a forced scan. Nothing is inserted or sent again.
      await q.stop();
      q = await start();
      await q.requestScan(true);
      await new Promise((r) => setTimeout(r, 4000));
      expect(await expected()).toBe(total);
      expect(mail.inbox.filter(isReminder).length).toBe(total);
    } finally {
      await q?.stop();
      await mail.close();
    }
  }, 60_000);

  it('each user reads only the messages sent to them', async () => {
    const mette = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
    const res = await mette.agent.get('/api/my/notifications').expect(200);
    expect(res.body.items.map((i: { toAddress: string }) => i.toAddress)).toEqual(['mette.kjaer@regionh.dk']);
    expect(res.body.items[0]).toMatchObject({ kind: 'MEETING_OVERDUE', courseId: sofieCourse });
    expect(res.body.items[0].sentAt).not.toBeNull();
    const sofie = await login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk');
    const mine = (await sofie.agent.get('/api/my/notifications').expect(200)).body;
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: 'MEETING_DUE_SOON', toAddress: 'sofie.lindberg@regionh.dk' });
    const lars = await login(t.app, SJAELLAND, 'lars.norgaard@regionsjaelland.dk');
    const theirs = (await lars.agent.get('/api/my/notifications').expect(200)).body;
    expect(JSON.stringify(theirs)).not.toContain('regionh.dk');
  });
});
