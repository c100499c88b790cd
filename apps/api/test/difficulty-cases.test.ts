import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackDaysBefore, todayInDenmark, type CaseAccessLog, type CaseReaders } from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

/**
 * The confidential case: THE ACCESS MATRIX (every demo role of the tenant but the named readers
 * gets 404 on the case, its plan, notes, readers and access log), the named and added readers,
 * the audit of every read, the trainee's view (no notes), validation, one open case per course,
 * the stale close, the append-only plan and notes.
 *
 * The cases here are on courses this file creates (a trainee who can sign in, in Kardiologisk
 * Afdeling, AHH), so other test files' cases on the demo courses do not interfere.
 */

let t: TestApp;
let tenantId: string;
let kardId: string;
const today = todayInDenmark();
const daysAgo = (n: number) => feedbackDaysBefore(today, n);

const H = (email: string) => `${email}@regionh.dk`;
let users: Record<string, LoggedIn>;
let trainee: LoggedIn; // the case's trainee (created here, can sign in)
let caseCourse: string; // Mette Kjær hovedvejleder (and UAO of the department); Jens Mikkelsen supervisor, not main
let jensCourse: string; // Jens Mikkelsen hovedvejleder
let caseId: string;

async function sql<T extends object>(text: string, params: unknown[] = []): Promise<T[]> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await c.query(text, params);
    await c.query('COMMIT');
    return r.rows as T[];
  } finally {
    await c.end();
  }
}

const userId = async (email: string) =>
  (await sql<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [email]))[0]!.id;

/** A trainee who can sign in (Sofie Lindberg's password hash) with a course in Kardiologi. */
async function newTraineeCourse(supervisors: { id: string; main: boolean }[]) {
  const traineeId = randomUUID();
  const courseId = randomUUID();
  const email = `dc-${courseId.slice(0, 8)}@regionh.dk`;
  await sql(
    `INSERT INTO app_user (id, tenant_id, email, name, password_hash, updated_at)
     SELECT $1, $2, $3, $4, password_hash, now() FROM app_user WHERE email = 'sofie.lindberg@regionh.dk'`,
    [traineeId, tenantId, email, `Sagslæge ${courseId.slice(0, 8)}`],
  );
  await sql(
    `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
     VALUES ($1, $2, $3, 'TRAINEE', $4, $5::date)`,
    [randomUUID(), tenantId, traineeId, kardId, daysAgo(100)],
  );
  await sql(
    `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, updated_at)
     VALUES ($1, $2, $3, $4, 'INTRODUCTION', $5::date, $6::date, now())`,
    [courseId, tenantId, traineeId, kardId, daysAgo(100), daysAgo(-200)],
  );
  for (const s of supervisors)
    await sql(
      `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), tenantId, courseId, s.id, s.main],
    );
  return { courseId, traineeId, email };
}

const post = (s: LoggedIn, url: string, body: unknown) =>
  s.agent
    .post(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);

const openBody = (courseId: string, over: Record<string, unknown> = {}) => ({
  courseId,
  cause: 'BOTH',
  description: 'Forløbet er kommet skævt fra start; afdelingen har haft få ambulatoriedage.',
  openedOn: today,
  ...over,
});
const planBody = (basedOnVersion: number, over: Record<string, unknown> = {}) => ({
  meetingDate: today,
  participants: ['TRAINEE', 'UAO', 'MAIN_SUPERVISOR'],
  goals: 'Selvstændig ekkokardiografi.',
  actions: 'To faste ambulatoriedage om ugen.',
  support: 'Opfølgning hver 14. dag.',
  followUpDates: [daysAgo(-14), daysAgo(-28)],
  basedOnVersion,
  ...over,
});

const PARTS = ['', '/plan', '/notes', '/readers', '/access-log'] as const;

async function auditCount(id: string, action?: string): Promise<number> {
  const rows = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'difficulty-case' AND entity_id = $1
       AND ($2::text IS NULL OR action = $2)`,
    [id, action ?? null],
  );
  return rows[0]!.n;
}

beforeAll(async () => {
  t = createTestApp();
  const emails = {
    sofie: H('sofie.lindberg'),
    jens: H('jens.mikkelsen'),
    mette: H('mette.kjaer'),
    anders: H('anders.holm'),
    ida: H('ida.sorensen'),
    rasmus: H('rasmus.dahl'),
    hanne: H('hanne.vestergaard'),
    karen: H('karen.bech'),
    peter: H('peter.juhl'),
    mads: H('mads.winther'),
    lone: H('lone.friis'),
    thomas: H('thomas.krogh'),
    nikolaj: H('nikolaj.brandt'),
  };
  const entries = await Promise.all(
    Object.entries(emails).map(async ([k, e]) => [k, await login(t.app, HOVEDSTADEN, e)] as const),
  );
  users = Object.fromEntries(entries);
  users.birgitte = await login(t.app, SJAELLAND, 'birgitte.hansen@regionsjaelland.dk');
  tenantId = users.mette!.me.tenant.id;
  kardId = (await sql<{ id: string }>(`SELECT id FROM org_unit WHERE name = 'Kardiologisk Afdeling' LIMIT 1`))[0]!.id;
  const [metteId, jensId] = [await userId(emails.mette), await userId(emails.jens)];
  const a = await newTraineeCourse([
    { id: metteId, main: true },
    { id: jensId, main: false },
  ]);
  caseCourse = a.courseId;
  trainee = await login(t.app, HOVEDSTADEN, a.email);
  jensCourse = (await newTraineeCourse([{ id: jensId, main: true }])).courseId;
});
afterAll(() => t.close());

describe('opening a case', () => {
  it('refuses bad input with 400 problem+json and field errors', async () => {
    const res = await post(
      users.mette!,
      '/api/difficulty-cases',
      openBody(caseCourse, { cause: 'NOBODY', description: '' }),
    );
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = (res.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['body.cause', 'body.description']);
    const arr = await post(users.mette!, '/api/difficulty-cases', openBody(caseCourse, { description: ['a'] }));
    expect(arr.status).toBe(400);
    const future = await post(users.mette!, '/api/difficulty-cases', openBody(caseCourse, { openedOn: daysAgo(-1) }));
    expect(future.status).toBe(400);
    expect(future.body.errors[0].path).toBe('body.openedOn');
  });

  it('is refused to a trainee (403), a supervisor who is not hovedvejleder (403) and another tenant (404)', async () => {
    expect((await post(users.sofie!, '/api/difficulty-cases', openBody(caseCourse))).status).toBe(403);
    expect((await post(users.jens!, '/api/difficulty-cases', openBody(caseCourse))).status).toBe(403);
    expect((await post(users.birgitte!, '/api/difficulty-cases', openBody(caseCourse))).status).toBe(404);
    expect((await post(users.mette!, '/api/difficulty-cases', openBody(randomUUID()))).status).toBe(404);
  });

  it('the UAO opens it; a second open case on the course is 409', async () => {
    const res = await post(users.mette!, '/api/difficulty-cases', openBody(caseCourse));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    caseId = res.body.id;
    expect(res.body.state).toBe('OPEN');
    expect(res.body.relations).toEqual(['UAO', 'MAIN_SUPERVISOR']);
    expect(res.body.mayWrite).toBe(true);
    expect(await auditCount(caseId, 'difficulty-case.open')).toBe(1);
    const again = await post(users.mette!, '/api/difficulty-cases', openBody(caseCourse));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CONFLICT');
  });

  it('the hovedvejleder (a plain SUPERVISOR) opens one on their course and reads it', async () => {
    const res = await post(users.jens!, '/api/difficulty-cases', openBody(jensCourse, { cause: 'TRAINEE' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const got = await users.jens!.agent.get(`/api/difficulty-cases/${res.body.id}`).expect(200);
    expect(got.body.relations).toEqual(['MAIN_SUPERVISOR']);
    // Mette Kjær is not on the course but UAO of its department: a reader too.
    await users.mette!.agent.get(`/api/difficulty-cases/${res.body.id}`).expect(200);
  });
});

describe('plan and notes', () => {
  it('writes plan versions (append-only); a plan not based on the latest version is 409', async () => {
    const v1 = await post(users.mette!, `/api/difficulty-cases/${caseId}/plan`, planBody(0));
    expect(v1.status, JSON.stringify(v1.body)).toBe(201);
    expect(v1.body.version).toBe(1);
    const v2 = await post(
      users.hanne!,
      `/api/difficulty-cases/${caseId}/plan`,
      planBody(1, { goals: 'Revideret mål.' }),
    );
    expect(v2.status, JSON.stringify(v2.body)).toBe(201);
    const stale = await post(users.mette!, `/api/difficulty-cases/${caseId}/plan`, planBody(1));
    expect(stale.status).toBe(409);
    const plan = await users.mette!.agent.get(`/api/difficulty-cases/${caseId}/plan`).expect(200);
    expect(plan.body.current.version).toBe(2);
    expect(plan.body.current.goals).toBe('Revideret mål.');
    expect(plan.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const bad = await post(
      users.mette!,
      `/api/difficulty-cases/${caseId}/plan`,
      planBody(2, { participants: ['UAO', 'UAO'] }),
    );
    expect(bad.status).toBe(400);
    // The database refuses to change a version.
    await expect(sql(`UPDATE difficulty_case_plan SET goals = 'x' WHERE case_id = $1`, [caseId])).rejects.toThrow(
      /append-only/,
    );
  });

  it('writes notes; the trainee may not write (403) and does not see notes (404)', async () => {
    const n = await post(users.mette!, `/api/difficulty-cases/${caseId}/notes`, {
      writtenOn: today,
      text: 'Opfølgning holdt.',
    });
    expect(n.status, JSON.stringify(n.body)).toBe(201);
    expect((await post(trainee, `/api/difficulty-cases/${caseId}/notes`, { writtenOn: today, text: 'x' })).status).toBe(
      403,
    );
    expect((await post(trainee, `/api/difficulty-cases/${caseId}/plan`, planBody(2))).status).toBe(403);
    const notes = await users.hanne!.agent.get(`/api/difficulty-cases/${caseId}/notes`).expect(200);
    expect(notes.body.items).toHaveLength(1);
    await expect(sql(`DELETE FROM difficulty_case_note WHERE case_id = $1`, [caseId])).rejects.toThrow(/append-only/);
  });
});

describe('THE ACCESS MATRIX', () => {
  const outsiders = [
    'sofie',
    'jens',
    'anders',
    'ida',
    'rasmus',
    'karen',
    'peter',
    'mads',
    'lone',
    'thomas',
    'nikolaj',
    'birgitte',
  ];

  for (const who of outsiders) {
    it(`${who} gets 404 on the case, its plan, notes, readers and access log, and does not see it in the list`, async () => {
      const s = users[who]!;
      for (const part of PARTS) {
        const res = await s.agent.get(`/api/difficulty-cases/${caseId}${part}`);
        expect(res.status, `${who} ${part}`).toBe(404);
        expect(res.body.code).toBe('NOT_FOUND');
      }
      const writes = [
        post(s, `/api/difficulty-cases/${caseId}/plan`, planBody(2)),
        post(s, `/api/difficulty-cases/${caseId}/notes`, { writtenOn: today, text: 'x' }),
        post(s, `/api/difficulty-cases/${caseId}/readers`, { email: 'karen.bech@regionh.dk', reason: 'x' }),
        post(s, `/api/difficulty-cases/${caseId}/close`, { closedOn: today, closingSummary: 'x', version: 1 }),
      ];
      for (const res of await Promise.all(writes)) expect(res.status).toBe(404);
      const list = await s.agent.get('/api/difficulty-cases').expect(200);
      expect(JSON.stringify(list.body)).not.toContain(caseId);
    });
  }

  it('the named readers read everything (200); the trainee reads case, plan, readers and access log but not notes', async () => {
    for (const who of ['mette', 'hanne'])
      for (const part of PARTS)
        expect((await users[who]!.agent.get(`/api/difficulty-cases/${caseId}${part}`)).status, `${who} ${part}`).toBe(
          200,
        );
    for (const part of ['', '/plan', '/readers', '/access-log'])
      expect((await trainee.agent.get(`/api/difficulty-cases/${caseId}${part}`)).status, part).toBe(200);
    expect((await trainee.agent.get(`/api/difficulty-cases/${caseId}/notes`)).status).toBe(404);
    const own = await trainee.agent.get(`/api/difficulty-cases/${caseId}`).expect(200);
    expect(own.body.relations).toEqual(['TRAINEE']);
    expect(own.body.mayWrite).toBe(false);
    expect(own.body.mayReadNotes).toBe(false);
    const list = await trainee.agent.get('/api/difficulty-cases').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([caseId]);
  });

  it('every read writes one audit row on the case, without free text', async () => {
    const before = await auditCount(caseId, 'difficulty-case.read');
    for (const part of PARTS) await users.hanne!.agent.get(`/api/difficulty-cases/${caseId}${part}`).expect(200);
    expect(await auditCount(caseId, 'difficulty-case.read')).toBe(before + PARTS.length);
    // A refused read (404) writes nothing on the case.
    await users.thomas!.agent.get(`/api/difficulty-cases/${caseId}`).expect(404);
    expect(await auditCount(caseId, 'difficulty-case.read')).toBe(before + PARTS.length);
    const data = await sql<{ data: unknown }>(`SELECT data FROM audit_event WHERE entity_id = $1`, [caseId]);
    const all = JSON.stringify(data);
    expect(all).not.toContain('ambulatoriedage');
    expect(all).not.toContain('Sagslæge');
  });

  it('an added reader reads (200), then 404 again after removal; both audited', async () => {
    const karen = users.karen!;
    await karen.agent.get(`/api/difficulty-cases/${caseId}`).expect(404);
    const noReason = await post(users.mette!, `/api/difficulty-cases/${caseId}/readers`, {
      email: 'karen.bech@regionh.dk',
      reason: '',
    });
    expect(noReason.status).toBe(400);
    const unknown = await post(users.mette!, `/api/difficulty-cases/${caseId}/readers`, {
      email: 'nobody@regionh.dk',
      reason: 'x',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('body.email');
    const added = await post(users.mette!, `/api/difficulty-cases/${caseId}/readers`, {
      email: 'karen.bech@regionh.dk',
      reason: 'Mentorforløb gennem Tutorcentret',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const readers = added.body as CaseReaders;
    expect(readers.automatic.map((r) => r.kind).sort()).toEqual([
      'DEPARTMENT_HEAD',
      'MAIN_SUPERVISOR',
      'TRAINEE',
      'UAO',
    ]);
    const entry = readers.added.find((r) => r.user.name === 'Karen Bech')!;
    expect(entry.reason).toBe('Mentorforløb gennem Tutorcentret');
    // Added twice: 409.
    expect(
      (
        await post(users.mette!, `/api/difficulty-cases/${caseId}/readers`, {
          email: 'karen.bech@regionh.dk',
          reason: 'igen',
        })
      ).status,
    ).toBe(409);
    for (const part of PARTS)
      expect((await karen.agent.get(`/api/difficulty-cases/${caseId}${part}`)).status, part).toBe(200);
    const kd = await karen.agent.get(`/api/difficulty-cases/${caseId}`).expect(200);
    expect(kd.body.relations).toEqual(['ADDED']);
    expect(kd.body.mayWrite).toBe(false);
    // An added reader cannot add or remove readers.
    expect(
      (await karen.agent.delete(`/api/difficulty-cases/${caseId}/readers/${entry.id}`).set('x-csrf-token', karen.csrf))
        .status,
    ).toBe(403);
    await users
      .hanne!.agent.delete(`/api/difficulty-cases/${caseId}/readers/${entry.id}`)
      .set('x-csrf-token', users.hanne!.csrf)
      .expect(204);
    for (const part of PARTS)
      expect((await karen.agent.get(`/api/difficulty-cases/${caseId}${part}`)).status, part).toBe(404);
    expect(await auditCount(caseId, 'difficulty-case.reader-add')).toBe(1);
    expect(await auditCount(caseId, 'difficulty-case.reader-remove')).toBe(1);
    // Removing again: 404.
    await users
      .hanne!.agent.delete(`/api/difficulty-cases/${caseId}/readers/${entry.id}`)
      .set('x-csrf-token', users.hanne!.csrf)
      .expect(404);
  });

  it('a UAO who loses the role loses the case (decided at request time)', async () => {
    // A UAO of the department of its own (changing a demo user's roles would disturb other test files).
    const uaoId = randomUUID();
    const email = `dc-uao-${uaoId.slice(0, 8)}@regionh.dk`;
    await sql(
      `INSERT INTO app_user (id, tenant_id, email, name, password_hash, updated_at)
       SELECT $1, $2, $3, 'Midlertidig UAO', password_hash, now() FROM app_user WHERE email = 'sofie.lindberg@regionh.dk'`,
      [uaoId, tenantId, email],
    );
    const assignmentId = randomUUID();
    await sql(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from) VALUES ($1, $2, $3, 'UAO', $4, $5::date)`,
      [assignmentId, tenantId, uaoId, kardId, daysAgo(10)],
    );
    // … who stays UKS of the department: signed in, but no reader of the case once the UAO role has ended.
    await sql(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from) VALUES ($1, $2, $3, 'UKS', $4, $5::date)`,
      [randomUUID(), tenantId, uaoId, kardId, daysAgo(10)],
    );
    try {
      const uao = await login(t.app, HOVEDSTADEN, email);
      await uao.agent.get(`/api/difficulty-cases/${caseId}`).expect(200);
      await sql(`UPDATE role_assignment SET valid_to = $2::date WHERE id = $1`, [assignmentId, daysAgo(1)]);
      await uao.agent.get(`/api/difficulty-cases/${caseId}`).expect(404);
      const list = await uao.agent.get('/api/difficulty-cases').expect(200);
      expect(list.body.items).toEqual([]);
    } finally {
      // Gone again at once: the department's real role holders stay as the other test files expect.
      await sql(`UPDATE role_assignment SET valid_to = $2::date WHERE user_id = $1`, [uaoId, daysAgo(1)]);
      await sql(`UPDATE app_user SET deactivated_at = now() WHERE id = $1`, [uaoId]);
    }
  });

  it("the access log lists the UAO's read, for the trainee too", async () => {
    await users.mette!.agent.get(`/api/difficulty-cases/${caseId}/plan`).expect(200);
    const log = (await trainee.agent.get(`/api/difficulty-cases/${caseId}/access-log`).expect(200))
      .body as CaseAccessLog;
    const metteReads = log.items.filter((i) => i.actor?.name === 'Mette Kjær' && i.action === 'difficulty-case.read');
    expect(metteReads.some((i) => i.part === 'plan')).toBe(true);
    expect(log.items.some((i) => i.action === 'difficulty-case.open')).toBe(true);
  });
});

describe('closing', () => {
  it('a stale version is 409; the closed case is read-only', async () => {
    const cur = await users.mette!.agent.get(`/api/difficulty-cases/${caseId}`).expect(200);
    const bad = await post(users.mette!, `/api/difficulty-cases/${caseId}/close`, {
      closedOn: today,
      closingSummary: '',
      version: cur.body.version,
    });
    expect(bad.status).toBe(400);
    const before = await post(users.mette!, `/api/difficulty-cases/${caseId}/close`, {
      closedOn: daysAgo(3),
      closingSummary: 'x',
      version: cur.body.version,
    });
    expect(before.status).toBe(400); // before it was opened
    expect(
      (
        await post(trainee, `/api/difficulty-cases/${caseId}/close`, {
          closedOn: today,
          closingSummary: 'x',
          version: cur.body.version,
        })
      ).status,
    ).toBe(403);
    const stale = await post(users.mette!, `/api/difficulty-cases/${caseId}/close`, {
      closedOn: today,
      closingSummary: 'Forløbet er tilbage på sporet.',
      version: cur.body.version + 1,
    });
    expect(stale.status).toBe(409);
    const ok = await post(users.mette!, `/api/difficulty-cases/${caseId}/close`, {
      closedOn: today,
      closingSummary: 'Forløbet er tilbage på sporet.',
      version: cur.body.version,
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body.state).toBe('CLOSED');
    expect(ok.body.mayWrite).toBe(false);
    const again = await post(users.mette!, `/api/difficulty-cases/${caseId}/close`, {
      closedOn: today,
      closingSummary: 'x',
      version: cur.body.version,
    });
    expect(again.status).toBe(409);
    expect((await post(users.mette!, `/api/difficulty-cases/${caseId}/plan`, planBody(2))).status).toBe(409);
    expect(
      (await post(users.mette!, `/api/difficulty-cases/${caseId}/notes`, { writtenOn: today, text: 'x' })).status,
    ).toBe(409);
    // The trainee reads the closure.
    const seen = await trainee.agent.get(`/api/difficulty-cases/${caseId}`).expect(200);
    expect(seen.body.closingSummary).toBe('Forløbet er tilbage på sporet.');
    // A new case may be opened on the course once the first is closed.
    const reopened = await post(users.mette!, '/api/difficulty-cases', openBody(caseCourse));
    expect(reopened.status).toBe(201);
  });
});

describe('dashboards', () => {
  it('count open cases per department, without names', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>(
          `SELECT count(*)::int AS n FROM difficulty_case dc JOIN course c ON c.id = dc.course_id
            WHERE c.unit_id = $1 AND dc.state = 'OPEN'`,
          [kardId],
        )
      )[0]!.n;
    // Other test files open and close cases in the department too: compare only when nothing
    // changed while the dashboard was read.
    for (let attempt = 0; ; attempt++) {
      const before = await count();
      const res = await users.mette!.agent.get(`/api/department-dashboard/${kardId}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      if ((await count()) !== before && attempt < 5) continue;
      expect(before).toBeGreaterThan(0);
      expect(res.body.openDifficultyCases).toBe(before);
      expect(JSON.stringify(res.body)).not.toContain(caseId);
      break;
    }
  });
});
