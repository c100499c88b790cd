import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_AGGREGATE_ANSWERS, todayInDenmark } from '@portal/contracts';
import { createPrisma, type Db } from '../src/lib/db.js';
import { sendReminder } from '../src/modules/expectation-meetings/reminders.js';
import { createMailer } from '../src/modules/people-admin/mailer.js';
import { openTalkRequestsForCourses } from '../src/modules/wellbeing/wellbeing.repository.js';
import { dbUrls } from './db-urls.js';
import { createTestApp, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';
import { startMailCatcher } from './mail-catcher.js';

const today = todayInDenmark();
const plus = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

const SOFIE = 'sofie.lindberg@regionh.dk';
const JENS = 'jens.mikkelsen@regionh.dk';
const METTE = 'mette.kjaer@regionh.dk';
const ANDERS = 'anders.holm@regionh.dk';
const IDA = 'ida.sorensen@regionh.dk';
const RASMUS = 'rasmus.dahl@regionh.dk';
const HANNE = 'hanne.vestergaard@regionh.dk';
const KAREN = 'karen.bech@regionh.dk';
const THOMAS = 'thomas.krogh@regionh.dk';
const AKUT_SENIOR = 'akut.senior.wellbeing@regionh.dk';

let t: TestApp;
let db: Db;
let tenantId: string;
const user: Record<string, string> = {};
const unit: Record<string, string> = {};
let sofieCourse: string;
let idaCourse: string;
const sessions: Record<string, LoggedIn> = {};

async function owner<T>(sql: string, params: unknown[] = []): Promise<T[]> {
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

const as = async (email: string) => (sessions[email] ??= await login(t.app, HOVEDSTADEN, email));
const post = async (email: string, url: string, body: unknown) => {
  const s = await as(email);
  return s.agent
    .post(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);
};
const put = async (email: string, url: string, body: unknown) => {
  const s = await as(email);
  return s.agent
    .put(url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);
};
const get = async (email: string, url: string, status?: number) => {
  const res = await (await as(email)).agent.get(url);
  if (status !== undefined) expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res;
};

const defusing = (over: Record<string, unknown> = {}) => ({
  courseId: sofieCourse,
  shiftKind: 'NIGHT',
  howWent: 4,
  hadChallenges: false,
  ...over,
});

beforeAll(async () => {
  t = createTestApp();
  db = createPrisma(dbUrls().appUrl, { max: 2 });
  const c = await ownerClient();
  try {
    tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
  } finally {
    await c.end();
  }
  for (const u of await owner<{ id: string; email: string }>('SELECT id, email FROM app_user')) user[u.email] = u.id;
  for (const u of await owner<{ id: string; name: string }>("SELECT id, name FROM org_unit WHERE kind = 'DEPARTMENT'"))
    unit[u.name] = u.id;
  const courses = await owner<{ id: string; trainee_id: string }>('SELECT id, trainee_id FROM course');
  sofieCourse = courses.find((x) => x.trainee_id === user[SOFIE])!.id;
  idaCourse = courses.find((x) => x.trainee_id === user[IDA])!.id;
  // A supervisor of another department (Akutmodtagelsen), with the demo password.
  const [akut] = await owner<{ id: string }>(
    `INSERT INTO app_user (id, tenant_id, email, name, password_hash, updated_at)
     SELECT gen_random_uuid(), tenant_id, $1, 'Akut Overlæge', password_hash, now() FROM app_user WHERE email = $2
     RETURNING id`,
    [AKUT_SENIOR, JENS],
  );
  user[AKUT_SENIOR] = akut!.id;
  await owner(
    `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
     VALUES (gen_random_uuid(), $1, $2, 'SUPERVISOR', $3, '2020-01-01')`,
    [tenantId, akut!.id, unit['Akutmodtagelsen']],
  );
});
afterAll(async () => {
  await db.$disconnect();
  await t.close();
});

describe('who may record for whom', () => {
  it('lists the own course with the allowed talk persons, and a senior the department’s courses', async () => {
    const mine = await get(SOFIE, '/api/defusings/options', 200);
    expect(mine.body.courses).toHaveLength(1);
    const own = mine.body.courses[0];
    expect(own).toMatchObject({ courseId: sofieCourse, own: true, trainee: { id: user[SOFIE] } });
    const persons = Object.fromEntries(
      own.talkPersons.map((p: { id: string; roles: string[] }) => [p.id, [...p.roles].sort()]),
    );
    expect(persons).toEqual({
      [user[JENS]!]: ['MAIN_SUPERVISOR'],
      [user[METTE]!]: ['SUPERVISOR', 'UAO'],
      [user[ANDERS]!]: ['UKS'],
    });

    const jens = await get(JENS, '/api/defusings/options', 200);
    const ids = jens.body.courses.map((x: { courseId: string }) => x.courseId);
    expect(ids).toContain(sofieCourse);
    expect(ids).toContain(idaCourse);
    const akut = await get(AKUT_SENIOR, '/api/defusings/options', 200);
    expect(akut.body.courses.map((x: { courseId: string }) => x.courseId)).not.toContain(sofieCourse);
  });

  it('refuses a senior of another department (404), and a trainee recording for someone else (404)', async () => {
    const akut = await post(AKUT_SENIOR, '/api/defusings', defusing());
    expect(akut.status).toBe(404);
    expect(akut.body.code).toBe('NOT_FOUND');
    // Ida is UKYL and a trainee in the same department: not a senior.
    expect((await post(IDA, '/api/defusings', defusing())).status).toBe(404);
    expect((await post(RASMUS, '/api/defusings', defusing())).status).toBe(404);
    expect((await post(SOFIE, '/api/defusings', defusing({ courseId: idaCourse }))).status).toBe(404);
    // Nor on their own: a talk request only for one's own course.
    expect((await post(JENS, '/api/talk-requests', { courseId: sofieCourse, requestedOfId: user[METTE] })).status).toBe(
      404,
    );
    // The department head holds no wellbeing:record at all.
    expect((await post(HANNE, '/api/defusings', defusing())).status).toBe(403);
  });

  it('the chosen person must be one of the course’s supervisors or the department’s UAO/UKS', async () => {
    for (const who of [HANNE, KAREN, IDA, SOFIE]) {
      const res = await post(SOFIE, '/api/defusings', defusing({ talkRequest: { requestedOfId: user[who] } }));
      expect(res.status, who).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(['body.talkRequest.requestedOfId']);
    }
    const alone = await post(SOFIE, '/api/talk-requests', { courseId: sofieCourse, requestedOfId: user[HANNE] });
    expect(alone.status).toBe(400);
    expect(alone.body.errors[0].path).toBe('body.requestedOfId');
  });

  it('answers 400 problem+json with field errors for bad input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ howWent: 6 }, 'body.howWent'],
      [{ howWent: 0 }, 'body.howWent'],
      [{ shiftKind: 'MORNING' }, 'body.shiftKind'],
      [{ challengesNote: ['a'] }, 'body.challengesNote'],
      [{ otherNote: 'x'.repeat(1001) }, 'body.otherNote'],
      [{ hadChallenges: 'yes' }, 'body.hadChallenges'],
      [{ shiftDate: plus(today, 1) }, 'body.shiftDate'],
      [{ shiftDate: plus(today, -15) }, 'body.shiftDate'],
      [{ extra: 1 }, 'body'],
    ];
    for (const [over, path] of cases) {
      const res = await post(SOFIE, '/api/defusings', defusing(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    // 14 days back is still allowed.
    expect((await post(SOFIE, '/api/defusings', defusing({ shiftDate: plus(today, -14) }))).status).toBe(201);
  });
});

describe('defusings are private to the trainee and the recorder', () => {
  let byJens: string;
  let bySofie: string;

  beforeAll(async () => {
    const a = await post(
      JENS,
      '/api/defusings',
      defusing({ howWent: 2, hadChallenges: true, challengesNote: 'Svær nat' }),
    );
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body).toMatchObject({ recordedBy: { id: user[JENS] }, trainee: { id: user[SOFIE] }, shiftDate: today });
    byJens = a.body.id;
    const b = await post(SOFIE, '/api/defusings', defusing({ otherNote: 'Kun til mig selv' }));
    expect(b.status).toBe(201);
    bySofie = b.body.id;
  });

  it('the trainee and the recorder read it; every other demo role is refused', async () => {
    expect((await get(SOFIE, `/api/defusings/${byJens}`)).status).toBe(200);
    expect((await get(JENS, `/api/defusings/${byJens}`)).status).toBe(200);
    expect((await get(SOFIE, `/api/defusings/${bySofie}`)).status).toBe(200);
    // Jens did not record Sofie's own one: 404 even for her hovedvejleder.
    expect((await get(JENS, `/api/defusings/${bySofie}`)).status).toBe(404);
    for (const who of [METTE, ANDERS, IDA, RASMUS, AKUT_SENIOR]) {
      for (const id of [byJens, bySofie]) {
        const res = await get(who, `/api/defusings/${id}`);
        expect(res.status, who).toBe(404);
        expect(JSON.stringify(res.body)).not.toContain('Svær nat');
      }
    }
    // Roles without wellbeing:record never reach a defusing (403), the admin included.
    for (const who of [HANNE, KAREN, THOMAS])
      expect((await get(who, `/api/defusings/${byJens}`)).status, who).toBe(403);
  });

  it('the trainee’s history holds both; nobody else’s history shows them', async () => {
    const mine = await get(SOFIE, '/api/defusings/mine', 200);
    const ids = mine.body.items.map((d: { id: string }) => d.id);
    expect(ids).toEqual(expect.arrayContaining([byJens, bySofie]));
    for (const who of [JENS, METTE, IDA]) {
      const other = await get(who, '/api/defusings/mine', 200);
      expect(other.body.items.map((d: { id: string }) => d.id)).not.toContain(byJens);
    }
  });
});

describe('talk requests', () => {
  it('reach the chosen person (portal list and a real e-mail) without the answers; resolved with 409 on a stale version', async () => {
    const created = await post(
      SOFIE,
      '/api/defusings',
      defusing({
        howWent: 1,
        hadChallenges: true,
        challengesNote: 'HEMMELIG-NOTE',
        talkRequest: { requestedOfId: user[JENS], message: 'Kan vi tale sammen i morgen?' },
      }),
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const tr = created.body.talkRequest;
    expect(tr).toMatchObject({ state: 'OPEN', requestedOf: { id: user[JENS] }, version: 1 });

    const list = await get(JENS, '/api/talk-requests', 200);
    const item = list.body.items.find((x: { id: string }) => x.id === tr.id);
    expect(item).toMatchObject({
      trainee: { id: user[SOFIE], name: 'Sofie Lindberg' },
      message: 'Kan vi tale sammen i morgen?',
      shiftDate: today,
    });
    expect(JSON.stringify(list.body)).not.toContain('HEMMELIG-NOTE');
    expect(Object.keys(item)).not.toContain('howWent');
    // Not addressed to Mette or Anders.
    for (const who of [METTE, ANDERS]) {
      const other = await get(who, '/api/talk-requests?state=all', 200);
      expect(other.body.items.map((x: { id: string }) => x.id)).not.toContain(tr.id);
    }

    // The e-mail: stored as a TALK_REQUESTED notification and delivered by the reminder pipeline.
    const rows = await owner<{ id: string; to_address: string; subject: string; body: string }>(
      "SELECT id, to_address, subject, body FROM notification WHERE kind = 'TALK_REQUESTED' AND user_id = $1",
      [user[JENS]],
    );
    expect(rows).toHaveLength(1);
    const mail = await startMailCatcher();
    try {
      const mailer = createMailer({ smtpUrl: mail.url, from: 'portal@example.test', publicUrl: undefined })!;
      expect(await sendReminder(db, mailer, tenantId, rows[0]!.id)).toBe('sent');
      expect(mail.inbox).toHaveLength(1);
      expect(mail.inbox[0]!.to).toEqual([JENS]);
      expect(mail.inbox[0]!.subject).toBe('Ønske om opfølgende samtale: Sofie Lindberg');
      expect(mail.inbox[0]!.text).toContain('/talk-requests');
      expect(mail.inbox[0]!.text).not.toContain('HEMMELIG-NOTE');
      expect(mail.inbox[0]!.text).not.toContain('Kan vi tale sammen');
    } finally {
      await mail.close();
    }

    // Only the person asked may answer; others get 404.
    const url = `/api/talk-requests/${tr.id}`;
    expect((await put(METTE, url, { outcome: 'HELD', heldOn: today, version: 1 })).status).toBe(404);
    expect((await put(SOFIE, url, { outcome: 'HELD', heldOn: today, version: 1 })).status).toBe(404);
    const bad = await put(JENS, url, { outcome: 'HELD', version: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('body.heldOn');
    expect((await put(JENS, url, { outcome: 'DECLINED', version: 1 })).body.errors[0].path).toBe('body.note');
    expect((await put(JENS, url, { outcome: 'HELD', heldOn: plus(today, 1), version: 1 })).status).toBe(400);

    const held = await put(JENS, url, { outcome: 'HELD', heldOn: today, note: null, version: 1 });
    expect(held.status, JSON.stringify(held.body)).toBe(200);
    expect(held.body).toMatchObject({ state: 'HELD', heldOn: today, version: 2 });
    const stale = await put(JENS, url, { outcome: 'DECLINED', note: 'Videregivet til UAO', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('version 2');

    // The trainee sees the status of her own requests; the open list of Jens no longer has it.
    const mine = await get(SOFIE, '/api/talk-requests/mine', 200);
    expect(mine.body.items.find((x: { id: string }) => x.id === tr.id)).toMatchObject({ state: 'HELD', heldOn: today });
    const open = await get(JENS, '/api/talk-requests', 200);
    expect(open.body.items.map((x: { id: string }) => x.id)).not.toContain(tr.id);
  });

  it('with SMTP configured, the e-mail goes out right after the request, not at the next reminder scan', async () => {
    const mail = await startMailCatcher();
    const mailApp = createTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://portal.example' });
    try {
      const sofie = await login(mailApp.app, HOVEDSTADEN, SOFIE);
      const before = new Date();
      const res = await sofie.agent
        .post('/api/talk-requests')
        .set('x-csrf-token', sofie.csrf)
        .send({ courseId: sofieCourse, requestedOfId: user[METTE], message: 'HEMMELIG-BESKED' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      // No scan runs in the test app: only the delivery after the commit can send it.
      await expect.poll(() => mail.inbox.filter((m) => m.to.includes(METTE)).length, { timeout: 5000 }).toBe(1);
      const sent = mail.inbox.find((m) => m.to.includes(METTE))!;
      expect(sent.subject).toBe('Ønske om opfølgende samtale: Sofie Lindberg');
      expect(sent.text).toContain('https://portal.example/talk-requests');
      expect(sent.text).not.toContain('HEMMELIG-BESKED');
      const rows = await owner<{ sent_at: Date | null }>(
        "SELECT sent_at FROM notification WHERE kind = 'TALK_REQUESTED' AND user_id = $1 AND course_id = $2 AND created_at >= $3",
        [user[METTE], sofieCourse, before],
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]!.sent_at).not.toBeNull(); // marked sent: the scan will not send it again
    } finally {
      await mailApp.close();
      await mail.close();
    }
  });

  it('a trainee may ask on their own; openTalkRequestsForCourses reports open ones of the last 30 days', async () => {
    const res = await post(SOFIE, '/api/talk-requests', {
      courseId: sofieCourse,
      requestedOfId: user[ANDERS],
      message: null,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ defusingId: null, state: 'OPEN', requestedOf: { id: user[ANDERS] } });
    // An old open request (40 days) does not count.
    await owner(
      `INSERT INTO talk_request (id, tenant_id, course_id, trainee_id, unit_id, requested_of_id, created_at)
       SELECT gen_random_uuid(), tenant_id, id, trainee_id, unit_id, $2, now() - interval '40 days' FROM course WHERE id = $1`,
      [idaCourse, user[METTE]],
    );
    const map = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      return openTalkRequestsForCourses(tx, tenantId, [sofieCourse, idaCourse]);
    });
    expect(map.get(sofieCourse)?.open).toBeGreaterThanOrEqual(1);
    expect(map.has(idaCourse)).toBe(false);
  });
});

describe('department aggregates', () => {
  // October 2025: 4 defusings (withheld). November 2025: 5 (shown). Ida's course, Kardiologisk.
  const OCT = [
    { d: '2025-10-03', v: 5, ch: false },
    { d: '2025-10-09', v: 1, ch: true },
    { d: '2025-10-15', v: 3, ch: false },
    { d: '2025-10-28', v: 4, ch: true },
  ];
  const NOV = [
    { d: '2025-11-02', v: 4, ch: false },
    { d: '2025-11-06', v: 2, ch: true },
    { d: '2025-11-11', v: 5, ch: false },
    { d: '2025-11-20', v: 4, ch: true },
    { d: '2025-11-30', v: 5, ch: false },
  ];

  beforeAll(async () => {
    for (const x of [...OCT, ...NOV]) {
      await owner(
        `INSERT INTO defusing (id, tenant_id, course_id, trainee_id, unit_id, recorded_by_id, shift_date, how_went, had_challenges)
         SELECT gen_random_uuid(), tenant_id, id, trainee_id, unit_id, trainee_id, $2, $3, $4 FROM course WHERE id = $1`,
        [idaCourse, x.d, x.v, x.ch],
      );
    }
    // Talk requests: one in October, two in November (Danish time: 30 Nov 23:30 UTC is 1 Dec).
    for (const at of ['2025-10-10T10:00:00Z', '2025-11-12T10:00:00Z', '2025-11-29T12:00:00Z', '2025-11-30T23:30:00Z']) {
      await owner(
        `INSERT INTO talk_request (id, tenant_id, course_id, trainee_id, unit_id, requested_of_id, state, held_on, resolved_at, created_at)
         SELECT gen_random_uuid(), tenant_id, id, trainee_id, unit_id, $2, 'HELD', '2025-12-01', now(), $3 FROM course WHERE id = $1`,
        [idaCourse, user[METTE], at],
      );
    }
  });

  it('shows figures for a month with 5 and nothing at all for a month with 4', async () => {
    expect(MIN_AGGREGATE_ANSWERS).toBe(5);
    const kard = unit['Kardiologisk Afdeling']!;
    const res = await get(METTE, `/api/wellbeing/departments/${kard}?from=2025-10&to=2025-12`, 200);
    expect(res.body.months.map((m: { month: string }) => m.month)).toEqual(['2025-10', '2025-11', '2025-12']);
    expect(res.body.months[0]).toEqual({
      month: '2025-10',
      shown: false,
      defusings: null,
      meanHowWent: null,
      distribution: null,
      challengesShare: null,
      talkRequests: null,
    });
    // By hand: (4+2+5+4+5)/5 = 4.0; 1×2, 2×4, 2×5; 2 of 5 with challenges; 2 talk requests in November.
    expect(res.body.months[1]).toEqual({
      month: '2025-11',
      shown: true,
      defusings: 5,
      meanHowWent: 4,
      distribution: [0, 1, 0, 2, 2],
      challengesShare: 0.4,
      talkRequests: 2,
    });
    expect(res.body.months[2]).toMatchObject({ month: '2025-12', shown: false, defusings: null });
    expect(res.body.minAnswers).toBe(5);

    // The overview adds up only the shown months (October's 4 are never in a total).
    const ov = await get(METTE, '/api/wellbeing/overview?from=2025-10&to=2025-12', 200);
    expect(ov.body.items).toHaveLength(1);
    expect(ov.body.items[0]).toMatchObject({
      unit: { id: kard },
      shown: true,
      defusings: 5,
      meanHowWent: 4,
      talkRequests: 2,
    });
    // October alone: nothing.
    const oct = await get(METTE, '/api/wellbeing/overview?from=2025-10&to=2025-10', 200);
    expect(oct.body.items[0]).toMatchObject({ shown: false, defusings: null, meanHowWent: null });
    // A fifth October defusing: exactly 5 shows the figures.
    await owner(
      `INSERT INTO defusing (id, tenant_id, course_id, trainee_id, unit_id, recorded_by_id, shift_date, how_went, had_challenges)
       SELECT gen_random_uuid(), tenant_id, id, trainee_id, unit_id, trainee_id, '2025-10-31', 2, false FROM course WHERE id = $1`,
      [idaCourse],
    );
    const five = await get(METTE, `/api/wellbeing/departments/${kard}?from=2025-10&to=2025-10`, 200);
    // (5+1+3+4+2)/5 = 3.0; challenges 2 of 5; one talk request.
    expect(five.body.months[0]).toEqual({
      month: '2025-10',
      shown: true,
      defusings: 5,
      meanHowWent: 3,
      distribution: [1, 1, 1, 1, 1],
      challengesShare: 0.4,
      talkRequests: 1,
    });
  });

  it('is scoped: department readers of the department and the hospital; others 403/404', async () => {
    const kard = unit['Kardiologisk Afdeling']!;
    const akut = unit['Akutmodtagelsen']!;
    for (const who of [METTE, ANDERS, HANNE, KAREN, THOMAS])
      expect((await get(who, `/api/wellbeing/departments/${kard}?from=2025-11&to=2025-11`)).status, who).toBe(200);
    for (const who of [SOFIE, JENS, IDA])
      expect((await get(who, `/api/wellbeing/departments/${kard}`)).status).toBe(403);
    const res = await get(METTE, `/api/wellbeing/departments/${akut}`);
    expect(res.status).toBe(404);
    expect((await get(KAREN, `/api/wellbeing/departments/${akut}`)).status).toBe(200);
    const hospitalOverview = await get(KAREN, '/api/wellbeing/overview', 200);
    expect(hospitalOverview.body.items.length).toBeGreaterThan(1);
    expect((await get(METTE, '/api/wellbeing/overview?from=2025-13')).status).toBe(400);
    expect((await get(METTE, '/api/wellbeing/overview?from=2025-11&to=2025-10')).status).toBe(400);
    expect((await get(METTE, '/api/wellbeing/overview?from=2020-01&to=2025-10')).status).toBe(400);
  });

  it('well-being meetings: the department’s UAO/UKS record them; they are listed for the department', async () => {
    const kard = unit['Kardiologisk Afdeling']!;
    const url = `/api/wellbeing/departments/${kard}/meetings`;
    const body = { heldOn: today, attended: 12, themes: ['Defusing', 'Anerkendende kommunikation'], note: null };
    const res = await post(ANDERS, url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await post(HANNE, url, body)).status).toBe(403);
    expect((await post(KAREN, url, body)).status).toBe(403);
    expect((await post(METTE, url, { ...body, heldOn: plus(today, 1) })).status).toBe(400);
    expect((await post(METTE, url, { ...body, attended: -1 })).status).toBe(400);
    const dep = await get(HANNE, `/api/wellbeing/departments/${kard}`, 200);
    expect(dep.body.meetings.map((m: { id: string }) => m.id)).toContain(res.body.id);
    expect(dep.body.canRecordMeeting).toBe(false);
    expect((await get(METTE, `/api/wellbeing/departments/${kard}`)).body.canRecordMeeting).toBe(true);
  });
});
