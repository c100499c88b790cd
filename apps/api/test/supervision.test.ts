import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackDaysBefore, todayInDenmark, type CourseTimeline, type MyTrainees } from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let jens: LoggedIn; // SUPERVISOR, Kardiologi AHH; hovedvejleder of Sofie
let mette: LoggedIn; // UAO + SUPERVISOR, Kardiologi AHH; supervisor of Ida
let sofie: LoggedIn; // TRAINEE (KBU, Kardiologi)
let ida: LoggedIn; // UKYL + TRAINEE (specialist, Kardiologi; supervisor Mette)
let hanne: LoggedIn; // cheflæge, Kardiologi (supervision:read)
let karen: LoggedIn; // Tutorcentret (courses:read, no content)
let lars: LoggedIn; // SUPERVISOR in Region Sjælland
let tenantId: string;
let kardId: string;
let akutId: string;
let sofieCourse: string;
let idaCourse: string;
let rasmusCourse: string;

const today = todayInDenmark();
const daysAgo = (n: number) => feedbackDaysBefore(today, n);

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

/** A trainee (who cannot sign in) with a course in Kardiologi, supervised as given. */
async function newCourse(o: {
  startDaysAgo: number;
  endInDays?: number;
  supervisors: { id: string; main?: boolean }[];
  cancelled?: boolean;
  name?: string;
}): Promise<{ courseId: string; traineeId: string; name: string }> {
  const traineeId = randomUUID();
  const courseId = randomUUID();
  const name = o.name ?? `Testlæge ${courseId.slice(0, 8)}`;
  await sql(`INSERT INTO app_user (id, tenant_id, email, name, updated_at) VALUES ($1, $2, $3, $4, now())`, [
    traineeId,
    tenantId,
    `t-${courseId}@regionh.dk`,
    name,
  ]);
  await sql(
    `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, cancelled_at, updated_at)
     VALUES ($1, $2, $3, $4, 'INTRODUCTION', $5::date, $6::date, $7, now())`,
    [
      courseId,
      tenantId,
      traineeId,
      kardId,
      daysAgo(o.startDaysAgo),
      daysAgo(-(o.endInDays ?? 200)),
      o.cancelled ? new Date() : null,
    ],
  );
  for (const s of o.supervisors)
    await sql(
      `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), tenantId, courseId, s.id, s.main ?? false],
    );
  return { courseId, traineeId, name };
}

async function insertFeedback(courseId: string, giverId: string, givenOn: string) {
  await sql(
    `INSERT INTO feedback_record (id, tenant_id, course_id, giver_id, given_on, went_well, to_improve, next_step, updated_at)
     VALUES ($1, $2, $3, $4, $5::date, 'a', 'b', 'c', now())`,
    [randomUUID(), tenantId, courseId, giverId, givenOn],
  );
}

const feedback = (over: Record<string, unknown> = {}) => ({
  givenOn: today,
  setting: 'WARD_ROUND',
  wentWell: 'Du var velforberedt og gav en klar præsentation af patienten.',
  toImprove: 'Husk at opsummere planen til sygeplejersken.',
  nextStep: 'Brug ISBAR ved næste stuegang.',
  ...over,
});
const supervision = (over: Record<string, unknown> = {}) => ({
  occurredOn: today,
  setting: 'PROCEDURE',
  supervised: 'Anlæggelse af pleuradræn under direkte supervision.',
  nextSteps: 'Næste gang selvstændigt med bagvagt tilgængelig.',
  competenceIds: [],
  ...over,
});

const post = (s: LoggedIn, url: string, body: unknown) =>
  s.agent
    .post(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);

async function myTrainees(s: LoggedIn): Promise<MyTrainees> {
  return (await s.agent.get('/api/supervision/my-trainees').expect(200)).body as MyTrainees;
}
async function timeline(s: LoggedIn, courseId: string, q = ''): Promise<CourseTimeline> {
  const res = await s.agent.get(`/api/courses/${courseId}/timeline${q}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as CourseTimeline;
}

beforeAll(async () => {
  t = createTestApp();
  [jens, mette, sofie, ida, hanne, karen, lars] = await Promise.all([
    login(t.app, HOVEDSTADEN, 'jens.mikkelsen@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'ida.sorensen@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'hanne.vestergaard@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk'),
    login(t.app, SJAELLAND, 'lars.norgaard@regionsjaelland.dk'),
  ]);
  tenantId = jens.me.tenant.id;
  const courses = await sql<{ id: string; trainee_id: string; unit_id: string }>(
    'SELECT id, trainee_id, unit_id FROM course',
  );
  const of = (userId: string) => courses.find((c) => c.trainee_id === userId)!;
  sofieCourse = of(sofie.me.user.id).id;
  kardId = of(sofie.me.user.id).unit_id;
  idaCourse = of(ida.me.user.id).id;
  const rasmus = (await sql<{ id: string }>(`SELECT id FROM app_user WHERE email = 'rasmus.dahl@regionh.dk'`))[0]!;
  rasmusCourse = of(rasmus.id).id;
  akutId = of(rasmus.id).unit_id;
});
afterAll(() => t.close());

describe("the supervisor's list (GET /api/supervision/my-trainees)", () => {
  it('lists the current courses one supervises with the feedback figures, those lacking feedback first', async () => {
    const silent = await newCourse({ startDaysAgo: 60, supervisors: [{ id: jens.me.user.id, main: true }] });
    const older = await newCourse({ startDaysAgo: 90, supervisors: [{ id: jens.me.user.id }] });
    await insertFeedback(older.courseId, mette.me.user.id, daysAgo(40));
    const fresh = await newCourse({ startDaysAgo: 60, supervisors: [{ id: jens.me.user.id }] });
    await insertFeedback(fresh.courseId, mette.me.user.id, daysAgo(3));
    await insertFeedback(fresh.courseId, mette.me.user.id, daysAgo(27));
    await insertFeedback(fresh.courseId, mette.me.user.id, daysAgo(28)); // just outside the 4 weeks
    const newcomer = await newCourse({ startDaysAgo: 5, supervisors: [{ id: jens.me.user.id }] });
    const ended = await newCourse({ startDaysAgo: 300, endInDays: -1, supervisors: [{ id: jens.me.user.id }] });
    const cancelled = await newCourse({ startDaysAgo: 60, cancelled: true, supervisors: [{ id: jens.me.user.id }] });
    const notMine = await newCourse({ startDaysAgo: 60, supervisors: [{ id: mette.me.user.id }] });

    const list = await myTrainees(jens);
    expect(list.today).toBe(today);
    const byCourse = new Map(list.items.map((i) => [i.courseId, i]));
    expect(byCourse.has(ended.courseId)).toBe(false);
    expect(byCourse.has(cancelled.courseId)).toBe(false);
    expect(byCourse.has(notMine.courseId)).toBe(false);
    expect(byCourse.get(sofieCourse)?.isMain).toBe(true);

    expect(byCourse.get(silent.courseId)).toMatchObject({
      trainee: { id: silent.traineeId, name: silent.name },
      track: 'INTRODUCTION',
      unit: { id: kardId, name: 'Kardiologisk Afdeling' },
      isMain: true,
      lastFeedbackOn: null,
      feedbackLast4Weeks: 0,
      noFeedback4Weeks: true,
      openRequests: 0,
    });
    expect(byCourse.get(older.courseId)).toMatchObject({
      isMain: false,
      lastFeedbackOn: daysAgo(40),
      feedbackLast4Weeks: 0,
      noFeedback4Weeks: true,
    });
    expect(byCourse.get(fresh.courseId)).toMatchObject({
      lastFeedbackOn: daysAgo(3),
      feedbackLast4Weeks: 2,
      noFeedback4Weeks: false,
    });
    // Five days into the course is not "four weeks without feedback".
    expect(byCourse.get(newcomer.courseId)).toMatchObject({ lastFeedbackOn: null, noFeedback4Weeks: false });

    // Sorted: every flagged course before every other; among the flagged, never-given first.
    const flags = list.items.map((i) => i.noFeedback4Weeks);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
    const pos = (id: string) => list.items.findIndex((i) => i.courseId === id);
    expect(pos(silent.courseId)).toBeLessThan(pos(older.courseId));
    expect(pos(older.courseId)).toBeLessThan(pos(fresh.courseId));

    // Feedback today takes the course off the flagged list.
    await post(jens, `/api/courses/${silent.courseId}/feedback`, feedback()).expect(201);
    const after = (await myTrainees(jens)).items.find((i) => i.courseId === silent.courseId)!;
    expect(after).toMatchObject({ lastFeedbackOn: today, feedbackLast4Weeks: 1, noFeedback4Weeks: false });
  });

  it("counts the open requests asked of the caller or of all the course's supervisors", async () => {
    const c = await newCourse({
      startDaysAgo: 30,
      supervisors: [{ id: jens.me.user.id, main: true }, { id: mette.me.user.id }],
    });
    await sql(
      `INSERT INTO feedback_request (id, tenant_id, course_id, asked_by_id, supervisor_id, updated_at)
       VALUES ($1, $2, $3, $4, NULL, now()), ($5, $2, $3, $4, $6, now()), ($7, $2, $3, $4, $8, now())`,
      [randomUUID(), tenantId, c.courseId, c.traineeId, randomUUID(), jens.me.user.id, randomUUID(), mette.me.user.id],
    );
    expect((await myTrainees(jens)).items.find((i) => i.courseId === c.courseId)?.openRequests).toBe(2);
    expect((await myTrainees(mette)).items.find((i) => i.courseId === c.courseId)?.openRequests).toBe(2);
  });

  it('shows the demo data: a trainee without feedback for over 4 weeks is flagged, a new one is not', async () => {
    const items = (await myTrainees(jens)).items;
    const byName = (n: string) => items.find((i) => i.trainee.name === n)!;
    expect(byName('Freja Vinther')).toMatchObject({ noFeedback4Weeks: true, lastFeedbackOn: daysAgo(36) });
    expect(byName('Ahmad Rahimi')).toMatchObject({ noFeedback4Weeks: false, lastFeedbackOn: null });
    expect(byName('Sofie Lindberg').isMain).toBe(true);
  });

  it('is for supervision:write holders only; another tenant sees only its own', async () => {
    const res = await sofie.agent.get('/api/supervision/my-trainees');
    expect(res.status).toBe(403);
    const theirs = await myTrainees(lars);
    expect(theirs.items.some((i) => i.courseId === sofieCourse)).toBe(false);
    expect(theirs.items.length).toBeGreaterThan(0);
  });
});

describe("a course's timeline (GET /api/courses/:courseId/timeline)", () => {
  it('pages newest first with a keyset cursor: default 20, at most 100', async () => {
    const c = await newCourse({ startDaysAgo: 200, supervisors: [{ id: jens.me.user.id, main: true }] });
    for (let i = 0; i < 13; i++) await insertFeedback(c.courseId, jens.me.user.id, daysAgo(i * 3));
    for (let i = 0; i < 12; i++)
      await sql(
        `INSERT INTO supervision_record (id, tenant_id, course_id, supervisor_id, occurred_on, setting, supervised, updated_at)
         VALUES ($1, $2, $3, $4, $5::date, 'SHIFT', 'Vagt', now())`,
        [randomUUID(), tenantId, c.courseId, jens.me.user.id, daysAgo(i * 3 + 1)],
      );
    const first = await timeline(jens, c.courseId);
    expect(first.scope).toBe('ALL');
    expect(first.items).toHaveLength(20);
    expect(first.nextCursor).not.toBeNull();
    const second = await timeline(jens, c.courseId, `?cursor=${first.nextCursor}`);
    expect(second.items).toHaveLength(5);
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(25);
    const dates = all.map((i) => i.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(all.filter((i) => i.kind === 'SUPERVISION')).toHaveLength(12);

    const small = await timeline(jens, c.courseId, '?limit=7');
    expect(small.items.map((i) => i.id)).toEqual(all.slice(0, 7).map((i) => i.id));
    const big = await timeline(jens, c.courseId, '?limit=100');
    expect(big.items).toHaveLength(25);
    expect(big.nextCursor).toBeNull();

    for (const q of ['?limit=101', '?limit=0', '?limit=abc', '?cursor=not-a-cursor', '?cursor=WyJ4Il0']) {
      const res = await jens.agent.get(`/api/courses/${c.courseId}/timeline${q}`);
      expect(res.status, q).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('is read by the trainee, the supervisors and the cheflæge; not by another trainee, Tutorcentret or another tenant', async () => {
    const created = (await post(jens, `/api/courses/${sofieCourse}/feedback`, feedback()).expect(201)).body;
    for (const reader of [sofie, jens, mette, hanne]) {
      const tl = await timeline(reader, sofieCourse, '?limit=100');
      expect(tl.scope).toBe('ALL');
      expect(tl.items.some((i) => i.id === created.id)).toBe(true);
    }
    // Sofie reading Ida's course, Tutorcentret (courses:read but no content), Lars (other tenant): 404.
    for (const [who, course] of [
      [sofie, idaCourse],
      [karen, sofieCourse],
      [lars, sofieCourse],
    ] as const) {
      const res = await who.agent.get(`/api/courses/${course}/timeline`);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('NOT_FOUND');
    }
    // A supervisor of other courses (here in the same department) who never wrote on this one: 404.
    const metteOnly = await newCourse({ startDaysAgo: 30, supervisors: [{ id: mette.me.user.id, main: true }] });
    expect((await jens.agent.get(`/api/courses/${metteOnly.courseId}/timeline`)).status).toBe(404);
    expect((await timeline(mette, metteOnly.courseId)).scope).toBe('ALL');
  });

  it("marks the author's own records as editable (within the window) and nobody else's", async () => {
    const mine = (await post(jens, `/api/courses/${sofieCourse}/feedback`, feedback()).expect(201)).body;
    expect(mine.mayEdit).toBe(true);
    const asTrainee = (await timeline(sofie, sofieCourse, '?limit=100')).items.find((i) => i.id === mine.id)!;
    expect(asTrainee.mayEdit).toBe(false);
    expect(asTrainee.author).toEqual({ id: jens.me.user.id, name: 'Jens Mikkelsen' });
  });
});

describe('another doctor', () => {
  it('gives feedback on a course of the department they do not supervise and reads back only their own', async () => {
    // Jens supervises in Kardiologi but not Ida's course (Mette's).
    const ctx = await jens.agent.get(`/api/courses/${idaCourse}/feedback-context`).expect(200);
    expect(ctx.body.relation).toBe('OTHER_DOCTOR');
    expect(ctx.body.trainee.name).toBe('Ida Sørensen');
    const metteFb = (await post(mette, `/api/courses/${idaCourse}/feedback`, feedback()).expect(201)).body;
    const jensFb = (await post(jens, `/api/courses/${idaCourse}/feedback`, feedback({ setting: null })).expect(201))
      .body;
    const own = await timeline(jens, idaCourse, '?limit=100');
    expect(own.scope).toBe('OWN');
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((i) => i.author.id === jens.me.user.id)).toBe(true);
    expect(own.items.some((i) => i.id === metteFb.id)).toBe(false);
    // The trainee sees both.
    const hers = await timeline(ida, idaCourse, '?limit=100');
    expect(hers.items.map((i) => i.id)).toEqual(expect.arrayContaining([metteFb.id, jensFb.id]));
    // Supervision is for the course's supervisors only.
    expect((await post(jens, `/api/courses/${idaCourse}/supervision`, supervision())).status).toBe(404);
  });

  it('is refused outside their scope and in another tenant (404), and without the permission (403)', async () => {
    // Rasmus's course is in Akutmodtagelsen, outside Jens's department.
    expect(akutId).not.toBe(kardId);
    for (const url of [`/api/courses/${rasmusCourse}/feedback`, `/api/courses/${rasmusCourse}/supervision`]) {
      const res = await post(jens, url, url.endsWith('feedback') ? feedback() : supervision());
      expect(res.status).toBe(404);
    }
    expect((await jens.agent.get(`/api/courses/${rasmusCourse}/feedback-context`)).status).toBe(404);
    expect((await post(lars, `/api/courses/${sofieCourse}/feedback`, feedback())).status).toBe(404);
    const t403 = await post(sofie, `/api/courses/${sofieCourse}/feedback`, feedback());
    expect(t403.status).toBe(403);
    expect(t403.body.code).toBe('FORBIDDEN');
    expect((await post(hanne, `/api/courses/${sofieCourse}/feedback`, feedback())).status).toBe(403);
  });
});

describe('writing feedback and supervision', () => {
  it('validates the input (400 with field errors)', async () => {
    const url = `/api/courses/${sofieCourse}/feedback`;
    const cases: [Record<string, unknown>, string][] = [
      [feedback({ wentWell: '   ' }), 'body.wentWell'],
      [feedback({ toImprove: 'x'.repeat(4001) }), 'body.toImprove'],
      [feedback({ nextStep: ['a'] }), 'body.nextStep'],
      [feedback({ setting: 'CANTEEN' }), 'body.setting'],
      [feedback({ givenOn: '2026-02-30' }), 'body.givenOn'],
      [feedback({ givenOn: daysAgo(-1) }), 'body.givenOn'],
      [feedback({ givenOn: '2026-07-01' }), 'body.givenOn'], // before the course started
      [feedback({ requestId: randomUUID() }), 'body.requestId'],
      [{ ...feedback(), extra: 1 }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await post(jens, url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const sv = `/api/courses/${sofieCourse}/supervision`;
    const bad = await post(jens, sv, supervision({ competenceIds: [randomUUID()] }));
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.competenceIds');
    expect((await post(jens, sv, supervision({ supervised: '' }))).status).toBe(400);
    expect((await post(jens, sv, supervision({ setting: null }))).status).toBe(400);
  });

  it('records a supervision with linked competences of the course’s track', async () => {
    const listId = randomUUID();
    const compIds = [randomUUID(), randomUUID()];
    await sql(`INSERT INTO competence_list (id, tenant_id, track, name) VALUES ($1, $2, 'KBU', 'KBU testliste')`, [
      listId,
      tenantId,
    ]);
    await sql(
      `INSERT INTO competence (id, tenant_id, list_id, code, title, doctor_roles, methods, sort_order)
       VALUES ($1, $3, $4, 'T1', 'Akut patient', ARRAY['MEDICAL_EXPERT'], ARRAY['COMPETENCE_CARD'], 1),
              ($2, $3, $4, 'T2', 'Stuegang', ARRAY['COMMUNICATOR'], ARRAY['STRUCTURED_OBSERVATION'], 2)`,
      [compIds[0], compIds[1], tenantId, listId],
    );
    const ctx = await jens.agent.get(`/api/courses/${sofieCourse}/feedback-context`).expect(200);
    expect(ctx.body.relation).toBe('SUPERVISOR');
    expect(ctx.body.competences.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(compIds));
    const res = await post(jens, `/api/courses/${sofieCourse}/supervision`, supervision({ competenceIds: compIds }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.competences.map((c: { code: string }) => c.code)).toEqual(['T1', 'T2']);
    // Not on Ida's (specialist) course: the KBU list is not hers.
    const wrong = await post(mette, `/api/courses/${idaCourse}/supervision`, supervision({ competenceIds: compIds }));
    expect(wrong.status).toBe(400);
  });

  it('audits the change without the free text', async () => {
    const fb = (await post(jens, `/api/courses/${sofieCourse}/feedback`, feedback()).expect(201)).body;
    const rows = await sql<{ action: string; data: Record<string, unknown> }>(
      `SELECT action, data FROM audit_event WHERE entity_id = $1`,
      [fb.id],
    );
    expect(rows.map((r) => r.action)).toEqual(['feedback.created']);
    expect(rows[0]!.data).toMatchObject({ courseId: sofieCourse, relation: 'SUPERVISOR' });
    expect(JSON.stringify(rows[0]!.data)).not.toContain('velforberedt');
  });

  it('lets the author edit with the version (stale → 409) and delete; others get 404', async () => {
    const fb = (await post(jens, `/api/courses/${sofieCourse}/feedback`, feedback()).expect(201)).body;
    const edited = await jens.agent
      .put(`/api/feedback/${fb.id}`)
      .set('x-csrf-token', jens.csrf)
      .send({ ...feedback({ wentWell: 'Rettet tekst' }), version: fb.version })
      .expect(200);
    expect(edited.body).toMatchObject({ wentWell: 'Rettet tekst', version: fb.version + 1 });
    const stale = await jens.agent
      .put(`/api/feedback/${fb.id}`)
      .set('x-csrf-token', jens.csrf)
      .send({ ...feedback(), version: fb.version });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toMatch(/version 2/);
    const other = await mette.agent
      .put(`/api/feedback/${fb.id}`)
      .set('x-csrf-token', mette.csrf)
      .send({ ...feedback(), version: 2 });
    expect(other.status).toBe(404);
    expect((await mette.agent.delete(`/api/feedback/${fb.id}?version=2`).set('x-csrf-token', mette.csrf)).status).toBe(
      404,
    );
    expect((await jens.agent.delete(`/api/feedback/${fb.id}?version=1`).set('x-csrf-token', jens.csrf)).status).toBe(
      409,
    );
    await jens.agent.delete(`/api/feedback/${fb.id}?version=2`).set('x-csrf-token', jens.csrf).expect(204);
    expect((await timeline(sofie, sofieCourse, '?limit=100')).items.some((i) => i.id === fb.id)).toBe(false);
  });

  it('refuses edits after the window', async () => {
    const fb = (await post(jens, `/api/courses/${sofieCourse}/feedback`, feedback()).expect(201)).body;
    await sql(`UPDATE feedback_record SET created_at = now() - interval '8 days' WHERE id = $1`, [fb.id]);
    const res = await jens.agent
      .put(`/api/feedback/${fb.id}`)
      .set('x-csrf-token', jens.csrf)
      .send({ ...feedback(), version: 1 });
    expect(res.status).toBe(409);
  });
});

describe('feedback requests', () => {
  let smtp: SMTPServer;
  let port: number;
  const inbox: { to: string[]; raw: string }[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (d: Buffer) => (raw += d.toString('utf8')));
        stream.on('end', () => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    port = (smtp.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

  /** The text body, decoded from quoted-printable or base64. */
  function bodyText(raw: string): string {
    const [head, ...rest] = raw.split(/\r?\n\r?\n/);
    const body = rest.join('\n\n');
    if (/content-transfer-encoding:\s*base64/i.test(head!)) return Buffer.from(body, 'base64').toString('utf8');
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head!)) {
      const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, h: string) => `%${h}`);
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/g, '%25'));
    }
    return body;
  }

  it('the trainee asks; the supervisor is e-mailed the link, sees it in the list, answers it once', async () => {
    const mailApp = createTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://portal.example' });
    try {
      const idaM = await login(mailApp.app, HOVEDSTADEN, 'ida.sorensen@regionh.dk');
      const metteM = await login(mailApp.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
      await sql(
        `UPDATE feedback_request SET state = 'CANCELLED', cancelled_at = now() WHERE course_id = $1 AND state = 'OPEN'`,
        [idaCourse],
      );
      const mine = (await idaM.agent.get('/api/my/feedback').expect(200)).body;
      const course = mine.courses.find((c: { courseId: string }) => c.courseId === idaCourse);
      expect(course.supervisors).toEqual([{ id: mette.me.user.id, name: 'Mette Kjær', isMain: true }]);

      const before = (await myTrainees(metteM)).items.find((i) => i.courseId === idaCourse)!.openRequests;
      const created = await post(idaM, '/api/my/feedback-requests', {
        courseId: idaCourse,
        supervisorId: mette.me.user.id,
        message: 'Feedback på min ekkokardiografi i dag?',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body).toMatchObject({ state: 'OPEN', emailed: true, supervisor: { name: 'Mette Kjær' } });
      const mail = inbox.find((m) => bodyText(m.raw).includes(created.body.id));
      expect(mail?.to).toEqual(['mette.kjaer@regionh.dk']);
      expect(bodyText(mail!.raw)).toContain(`https://portal.example/feedback/requests/${created.body.id}`);
      expect(bodyText(mail!.raw)).toContain('Ida Sørensen har bedt dig om feedback');

      // A second open request to the same supervisor is refused.
      expect(
        (
          await post(idaM, '/api/my/feedback-requests', {
            courseId: idaCourse,
            supervisorId: mette.me.user.id,
            message: null,
          })
        ).status,
      ).toBe(409);

      const item = (await myTrainees(metteM)).items.find((i) => i.courseId === idaCourse)!;
      expect(item.openRequests).toBe(before + 1);
      const detail = await metteM.agent.get(`/api/feedback-requests/${created.body.id}`).expect(200);
      expect(detail.body).toMatchObject({ courseId: idaCourse, trainee: { name: 'Ida Sørensen' } });
      // Jens is not a supervisor of the course: 404.
      expect((await jens.agent.get(`/api/feedback-requests/${created.body.id}`)).status).toBe(404);
      // Another doctor cannot answer it.
      expect(
        (await post(jens, `/api/courses/${idaCourse}/feedback`, feedback({ requestId: created.body.id }))).status,
      ).toBe(400);

      const answer = await post(metteM, `/api/courses/${idaCourse}/feedback`, feedback({ requestId: created.body.id }));
      expect(answer.status, JSON.stringify(answer.body)).toBe(201);
      expect(answer.body.requestId).toBe(created.body.id);
      const again = await post(metteM, `/api/courses/${idaCourse}/feedback`, feedback({ requestId: created.body.id }));
      expect(again.status).toBe(409);
      const answered = await metteM.agent.get(`/api/feedback-requests/${created.body.id}`).expect(200);
      expect(answered.body).toMatchObject({ state: 'ANSWERED', answeredFeedbackId: answer.body.id });
      expect((await myTrainees(metteM)).items.find((i) => i.courseId === idaCourse)!.openRequests).toBe(before);
      const latest = (await idaM.agent.get('/api/my/feedback').expect(200)).body.courses.find(
        (c: { courseId: string }) => c.courseId === idaCourse,
      );
      expect(latest.latestFeedback.id).toBe(answer.body.id);
    } finally {
      await mailApp.close();
    }
  });

  it('validates the request: own course only (404), a supervisor of the course (400); withdrawal', async () => {
    await sql(
      `UPDATE feedback_request SET state = 'CANCELLED', cancelled_at = now() WHERE course_id = $1 AND state = 'OPEN'`,
      [idaCourse],
    );
    expect(
      (await post(ida, '/api/my/feedback-requests', { courseId: sofieCourse, supervisorId: null, message: null }))
        .status,
    ).toBe(404);
    const wrong = await post(ida, '/api/my/feedback-requests', {
      courseId: idaCourse,
      supervisorId: jens.me.user.id,
      message: null,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0].path).toBe('body.supervisorId');
    expect(
      (await post(ida, '/api/my/feedback-requests', { courseId: idaCourse, supervisorId: null, message: ['x'] }))
        .status,
    ).toBe(400);
    expect(
      (await post(jens, '/api/my/feedback-requests', { courseId: idaCourse, supervisorId: null, message: null }))
        .status,
    ).toBe(403);
    const r = (
      await post(ida, '/api/my/feedback-requests', { courseId: idaCourse, supervisorId: null, message: '' }).expect(201)
    ).body;
    expect(r.message).toBeNull();
    expect(r.emailed).toBe(false);
    expect((await post(sofie, `/api/my/feedback-requests/${r.id}/cancel`, {})).status).toBe(404);
    const cancelled = await post(ida, `/api/my/feedback-requests/${r.id}/cancel`, {}).expect(200);
    expect(cancelled.body.state).toBe('CANCELLED');
    expect((await post(ida, `/api/my/feedback-requests/${r.id}/cancel`, {})).status).toBe(409);
  });
});
