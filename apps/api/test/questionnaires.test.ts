import { createHash, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextHalfYearRound, todayInDenmark } from '@portal/contracts';
import { buildApp } from '../src/app.js';
import { scanQuestionnaires } from '../src/modules/questionnaires/delivery.js';
import { maskAnswerTokens } from '../src/modules/questionnaires/links.js';
import { createMailer } from '../src/modules/people-admin/mailer.js';
import { createTestApp, demoUser, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';
import { startMailCatcher } from './mail-catcher.js';

/** The session secret of createTestApp (the answer links are derived from it). */
const SECRET = 'test-secret-test-secret-test-secret-0123';
const today = todayInDenmark();
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

let t: TestApp;
let mail: Awaited<ReturnType<typeof startMailCatcher>>;
let tenantId: string;
let admin: LoggedIn;
let karen: LoggedIn;
let uao: LoggedIn;
const unit = { H: randomUUID(), D1: randomUUID(), D2: randomUUID(), ahh: '' };
const person: Record<string, { id: string; email: string; name: string }> = {};

async function owner<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
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

async function until(what: string, fn: () => boolean | Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const post = (s: LoggedIn, url: string, body?: object) => s.agent.post(url).set('x-csrf-token', s.csrf).send(body);

async function addPerson(key: string, opts: { deactivated?: boolean } = {}) {
  const id = randomUUID();
  const email = `${key}.${id.slice(0, 6)}@test.regionh.dk`;
  const name = `Testperson ${key} ${id.slice(0, 4)}`;
  await owner(
    `INSERT INTO app_user (id, tenant_id, email, name, deactivated_at, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [id, tenantId, email, name, opts.deactivated ? new Date() : null],
  );
  person[key] = { id, email, name };
  return id;
}
async function role(key: string, r: string, unitId: string, validTo: string | null = null) {
  await owner(
    `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from, valid_to)
     VALUES ($1, $2, $3, $4, $5, '2020-01-01', $6)`,
    [randomUUID(), tenantId, person[key]!.id, r, unitId, validTo],
  );
}
async function course(key: string, unitId: string, cancelled = false) {
  await owner(
    `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, cancelled_at, updated_at)
     VALUES ($1, $2, $3, $4, 'KBU', $5::date - 30, $5::date + 150, $6, now())`,
    [randomUUID(), tenantId, person[key]!.id, unitId, today, cancelled ? new Date() : null],
  );
}

beforeAll(async () => {
  mail = await startMailCatcher();
  t = createTestApp({ SMTP_URL: mail.url, PUBLIC_URL: 'https://portal.example' });
  const c = await ownerClient();
  try {
    tenantId = (await c.query<{ id: string }>(`SELECT id FROM tenant WHERE slug = $1`, [HOVEDSTADEN])).rows[0]!.id;
  } finally {
    await c.end();
  }
  unit.ahh = (
    await owner<{ id: string }>(`SELECT id FROM org_unit WHERE kind = 'HOSPITAL' AND name ILIKE '%Amager%' LIMIT 1`)
  )[0]!.id;
  // A small hospital of our own, so that the audience can be counted by hand.
  await owner(
    `INSERT INTO org_unit (id, tenant_id, kind, name, updated_at) VALUES ($1, $2, 'HOSPITAL', 'Testhospitalet', now())`,
    [unit.H, tenantId],
  );
  await owner(
    `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
     VALUES ($1, $3, 'DEPARTMENT', 'Test Medicin', $4, now()), ($2, $3, 'DEPARTMENT', 'Test Kirurgi', $4, now())`,
    [unit.D1, unit.D2, tenantId, unit.H],
  );
  for (const k of ['t1', 't2', 't3', 't4', 't5']) {
    await addPerson(k);
    await role(k, 'TRAINEE', unit.D1);
  }
  await addPerson('ukyl'); // UKYL and a trainee with a course: one role group, TRAINEE
  await role('ukyl', 'UKYL', unit.D1);
  await course('ukyl', unit.D1);
  await addPerson('s1');
  await role('s1', 'SUPERVISOR', unit.D1);
  await addPerson('l1'); // UAO who also supervises: EDUCATION_LEADER
  await role('l1', 'UAO', unit.D1);
  await role('l1', 'SUPERVISOR', unit.D1);
  await addPerson('c1');
  await course('c1', unit.D2);
  await addPerson('c2');
  await course('c2', unit.D2);
  // Not recipients: deactivated, an ended assignment, a cancelled course.
  await addPerson('x1', { deactivated: true });
  await role('x1', 'TRAINEE', unit.D1);
  await addPerson('x2');
  await role('x2', 'TRAINEE', unit.D1, '2021-01-01');
  await addPerson('x3');
  await course('x3', unit.D2, true);

  admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
});
afterAll(async () => {
  await t.close();
  await mail.close();
});

const questions = [
  {
    kind: 'SCALE',
    text: 'Hvor tryg er du i dit arbejde?',
    scaleMinLabel: 'Slet ikke',
    scaleMaxLabel: 'I meget høj grad',
  },
  {
    kind: 'CHOICE',
    text: 'Hvor ofte får du vejledning?',
    options: ['Ugentligt', 'Månedligt', 'Sjældnere'],
    required: false,
  },
  { kind: 'TEXT', text: 'Hvad kan vi gøre bedre?', required: false },
];

async function newQuestionnaire(s: LoggedIn, ownerUnitId: string | null, audience = 'ALL', schedule = 'ONCE') {
  const res = await post(s, '/api/questionnaires', {
    title: 'Trivsel og tryghed',
    intro: 'Dit svar er anonymt.',
    ownerUnitId,
    audience,
    schedule,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  let q = res.body as { id: string; version: number };
  for (const question of questions) {
    const r = await post(s, `/api/questionnaires/${q.id}/questions`, { version: q.version, question });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    q = r.body;
  }
  return q as { id: string; version: number; questions: { id: string; kind: string }[] };
}

async function newRound(s: LoggedIn, qid: string, reminderEveryDays: number | null = 7) {
  const res = await post(s, `/api/questionnaires/${qid}/rounds`, {
    label: '2026, 2. halvår',
    opensOn: today,
    closesOn: '2099-12-31',
    reminderEveryDays,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; version: number };
}

const linkOf = (text: string) => /https:\/\/portal\.example\/q\/(\S+)/.exec(text)?.[1];

describe('authoring: scope, validation, versions', () => {
  it('an EDUCATION_CENTRE manages its own hospital’s questionnaires only; a UAO has no access', async () => {
    const mine = await newQuestionnaire(karen, unit.ahh, 'TRAINEES');
    const theirs = await newQuestionnaire(admin, unit.H);
    expect((await karen.agent.get(`/api/questionnaires/${theirs.id}`)).status).toBe(404);
    expect(
      (
        await post(karen, `/api/questionnaires/${theirs.id}/rounds`, {
          label: 'x',
          opensOn: today,
          closesOn: today,
          reminderEveryDays: null,
        })
      ).status,
    ).toBe(404);
    const list = (await karen.agent.get('/api/questionnaires').expect(200)).body.items.map((x: { id: string }) => x.id);
    expect(list).toContain(mine.id);
    expect(list).not.toContain(theirs.id);
    // Region-wide and other hospitals' questionnaires are the administrator's.
    const region = await post(karen, '/api/questionnaires', {
      title: 'x',
      ownerUnitId: null,
      audience: 'ALL',
      schedule: 'ONCE',
    });
    expect(region.status).toBe(400);
    expect(region.body.errors[0].path).toBe('body.ownerUnitId');
    expect(
      (await post(karen, '/api/questionnaires', { title: 'x', ownerUnitId: unit.H, audience: 'ALL', schedule: 'ONCE' }))
        .status,
    ).toBe(404);
    expect((await karen.agent.get('/api/questionnaires/owners').expect(200)).body).toEqual({
      region: false,
      hospitals: [{ id: unit.ahh, name: expect.any(String) }],
    });
    expect((await uao.agent.get('/api/questionnaires')).status).toBe(403);
    expect((await uao.agent.get(`/api/questionnaires/${mine.id}`)).status).toBe(403);
  });

  it('refuses bad input with field errors (problem+json) and stale versions with 409', async () => {
    const bad = await post(admin, '/api/questionnaires', {
      title: '',
      ownerUnitId: unit.H,
      audience: 'EVERYONE',
      schedule: 'ONCE',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.audience', 'body.title']);
    const q = await newQuestionnaire(admin, unit.H);
    const choice = await post(admin, `/api/questionnaires/${q.id}/questions`, {
      version: q.version,
      question: { kind: 'CHOICE', text: 'Ja eller nej?', options: ['Ja'] },
    });
    expect(choice.status).toBe(400);
    expect(choice.body.errors[0].path).toBe('body.question.options');
    const edit = { title: 'Ny titel', intro: null, ownerUnitId: unit.H, audience: 'ALL', schedule: 'HALF_YEARLY' };
    const ok = await admin.agent
      .patch(`/api/questionnaires/${q.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ ...edit, version: q.version });
    expect(ok.status).toBe(200);
    expect(ok.body.nextRound).toEqual(nextHalfYearRound(null, today));
    const stale = await admin.agent
      .patch(`/api/questionnaires/${q.id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ ...edit, version: q.version });
    expect(stale.status).toBe(409);
    // Reorder: every question exactly once.
    const ids = (ok.body.questions as { id: string }[]).map((x) => x.id);
    const re = await post(admin, `/api/questionnaires/${q.id}/questions/order`, {
      version: ok.body.version,
      questionIds: [...ids].reverse(),
    });
    expect(re.status).toBe(200);
    expect(re.body.questions.map((x: { id: string }) => x.id)).toEqual([...ids].reverse());
    expect(
      (
        await post(admin, `/api/questionnaires/${q.id}/questions/order`, {
          version: re.body.version,
          questionIds: ids.slice(1),
        })
      ).status,
    ).toBe(400);
  });
});

describe('a round from sending to closing', () => {
  let q: { id: string; version: number; questions: { id: string; kind: string }[] };
  let round: { id: string; version: number };
  const tokenOf: Record<string, string> = {};
  let recipientIds: string[] = [];

  it('sends to the audience counted by hand, one role group each, and e-mails every recipient a personal link', async () => {
    q = await newQuestionnaire(admin, unit.H);
    round = await newRound(admin, q.id);
    mail.inbox.length = 0;
    const sent = await post(admin, `/api/questionnaires/${q.id}/rounds/${round.id}/send`, { version: round.version });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body.recipients).toBe(10);
    round = sent.body.round;
    const rows = await owner<{
      id: string;
      user_id: string;
      role_group: string;
      group_unit_id: string;
      token_hash: string;
    }>(
      `SELECT id::text, user_id::text, role_group, group_unit_id::text, token_hash FROM questionnaire_recipient WHERE round_id = $1`,
      [round.id],
    );
    const byUser = Object.fromEntries(rows.map((r) => [r.user_id, `${r.role_group}@${r.group_unit_id}`]));
    const expected: Record<string, string> = {};
    for (const k of ['t1', 't2', 't3', 't4', 't5', 'ukyl']) expected[person[k]!.id] = `TRAINEE@${unit.D1}`;
    expected[person.s1!.id] = `SUPERVISOR@${unit.D1}`;
    expected[person.l1!.id] = `EDUCATION_LEADER@${unit.D1}`;
    expected[person.c1!.id] = `TRAINEE@${unit.D2}`;
    expected[person.c2!.id] = `TRAINEE@${unit.D2}`;
    expect(byUser).toEqual(expected);
    recipientIds = rows.map((r) => r.id);
    await until('10 invitations', () => mail.inbox.length >= 10);
    expect(mail.inbox.map((m) => m.to[0]).sort()).toEqual(
      Object.values(person)
        .filter((p) => expected[p.id])
        .map((p) => p.email)
        .sort(),
    );
    for (const m of mail.inbox) {
      const token = linkOf(m.text)!;
      expect(token).toMatch(new RegExp(`^${tenantId}\\.`));
      expect(m.subject).toContain('Trivsel og tryghed');
      const key = Object.keys(person).find((k) => person[k]!.email === m.to[0])!;
      tokenOf[key] = token;
      // Only the SHA-256 of the link is stored.
      const row = rows.find((r) => r.user_id === person[key]!.id)!;
      expect(row.token_hash).toBe(sha(token));
    }
    const invited = await owner<{ n: number }>(
      `SELECT count(*)::int AS n FROM questionnaire_recipient WHERE round_id = $1 AND invited_at IS NOT NULL`,
      [round.id],
    );
    expect(invited[0]!.n).toBe(10);
  });

  it('freezes the questions once sent: no edits; no additions or retirements while open', async () => {
    const cur = (await admin.agent.get(`/api/questionnaires/${q.id}`).expect(200)).body;
    expect(cur.questionsFrozen).toBe(true);
    const edit = await admin.agent
      .put(`/api/questionnaires/${q.id}/questions/${cur.questions[0].id}`)
      .set('x-csrf-token', admin.csrf)
      .send({ version: cur.version, question: { kind: 'TEXT', text: 'Ændret' } });
    expect(edit.status).toBe(409);
    expect(edit.body.detail).toMatch(/frozen/);
    expect(
      (
        await post(admin, `/api/questionnaires/${q.id}/questions/${cur.questions[0].id}/retire`, {
          version: cur.version,
        })
      ).status,
    ).toBe(409);
  });

  it('shows the questions by link and validates answers against them (400 with field errors)', async () => {
    const form = await admin.agent.get(`/api/questionnaire-answers/${tokenOf.t1}`);
    expect(form.status, JSON.stringify([tokenOf.t1, form.body])).toBe(200);
    expect(form.status).toBe(200);
    expect(form.body.questions.map((x: { kind: string }) => x.kind)).toEqual(['SCALE', 'CHOICE', 'TEXT']);
    const [scale, choice] = form.body.questions as { id: string }[];
    const bad = await post(admin, `/api/questionnaire-answers/${tokenOf.t1}`, {
      answers: [
        { questionId: scale!.id, scaleValue: 9 },
        { questionId: choice!.id, choiceIndex: 3 },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { code: string }) => e.code).sort()).toEqual(['out_of_range', 'out_of_range']);
    const missing = await post(admin, `/api/questionnaire-answers/${tokenOf.t1}`, { answers: [] });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].code).toBe('required');
    const tooLong = await post(admin, `/api/questionnaire-answers/${tokenOf.t1}`, {
      answers: [
        { questionId: scale!.id, scaleValue: 3 },
        { questionId: form.body.questions[2].id, text: 'x'.repeat(4001) },
      ],
    });
    expect(tooLong.status).toBe(400);
    expect((await owner(`SELECT 1 FROM questionnaire_response WHERE round_id = $1`, [round.id])).length).toBe(0);
  });

  it('stores an answer with nothing that points to the person, and refuses the link a second time', async () => {
    const anon = (await import('supertest')).default.agent(t.app);
    const csrf = (await anon.get('/api/auth/csrf').expect(200)).body.csrfToken as string;
    const form = (await anon.get(`/api/questionnaire-answers/${tokenOf.t1}`).expect(200)).body;
    const [scale, choice, text] = form.questions as { id: string }[];
    const answer = (tok: string, v: number) =>
      anon
        .post(`/api/questionnaire-answers/${tok}`)
        .set('x-csrf-token', csrf)
        .send({
          answers: [
            { questionId: scale!.id, scaleValue: v },
            { questionId: choice!.id, choiceIndex: 1 },
            { questionId: text!.id, text: 'Mere tid til vejledning' },
          ],
        });
    expect((await answer(tokenOf.t1!, 4)).status).toBe(204);
    expect((await answer(tokenOf.t1!, 2)).status).toBe(404);
    expect((await anon.get(`/api/questionnaire-answers/${tokenOf.t1}`)).status).toBe(404);
    // Unknown (same answer as used), malformed (400, never a 500), another tenant's id: nothing.
    expect((await anon.get(`/api/questionnaire-answers/${tenantId}.${'A'.repeat(43)}`)).status).toBe(404);
    expect((await anon.get(`/api/questionnaire-answers/${randomUUID()}.${'A'.repeat(43)}`)).status).toBe(404);
    expect((await anon.get(`/api/questionnaire-answers/${'-'.repeat(36)}.${'A'.repeat(43)}`)).status).toBe(400);
    expect((await answer(tokenOf.c1!, 5)).status).toBe(204);
    expect((await answer(tokenOf.s1!, 3)).status).toBe(204);

    // By inspection: the response tables have no column for a person, recipient, token or time ...
    const cols = await owner<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_name IN ('questionnaire_response', 'questionnaire_answer', 'questionnaire_recipient')
        ORDER BY table_name, ordinal_position`,
    );
    const of = (tb: string) => cols.filter((c) => c.table_name === tb).map((c) => c.column_name);
    expect(of('questionnaire_response').sort()).toEqual(['group_unit_id', 'id', 'role_group', 'round_id', 'tenant_id']);
    expect(of('questionnaire_answer').sort()).toEqual([
      'choice_index',
      'id',
      'question_id',
      'response_id',
      'scale_value',
      'tenant_id',
      'text',
    ]);
    // ... the recipient keeps no time of answering ...
    expect(of('questionnaire_recipient').filter((c) => /answer/.test(c))).toEqual(['answered']);
    // ... and no stored value of them contains anything of the respondents.
    const stored = (
      await owner<{ j: string }>(
        `SELECT row_to_json(r)::text AS j FROM questionnaire_response r WHERE round_id = $1
         UNION ALL
         SELECT row_to_json(a)::text FROM questionnaire_answer a JOIN questionnaire_response r ON r.id = a.response_id WHERE r.round_id = $1`,
        [round.id],
      )
    ).map((r) => r.j);
    expect(stored.length).toBe(3 + 9);
    const recips = await owner<{ id: string; user_id: string; token_hash: string }>(
      `SELECT id::text, user_id::text, token_hash FROM questionnaire_recipient WHERE round_id = $1`,
      [round.id],
    );
    for (const k of ['t1', 'c1', 's1']) {
      const p = person[k]!;
      const r = recips.find((x) => x.user_id === p.id)!;
      for (const secret of [p.id, p.email, p.name, tokenOf[k]!, sha(tokenOf[k]!), r.id]) {
        for (const j of stored) expect(j).not.toContain(secret);
      }
    }
    // The audit log: the event without actor, IP or request; nothing about the recipient anywhere.
    const audit = await owner<{
      actor_id: string | null;
      ip: string | null;
      request_id: string | null;
      data: unknown;
      entity_id: string;
    }>(
      `SELECT actor_id, ip, request_id, data, entity_id FROM audit_event WHERE action = 'questionnaire-round.answered' AND entity_id = $1`,
      [round.id],
    );
    expect(audit).toHaveLength(3);
    for (const a of audit)
      expect(a).toEqual({ actor_id: null, ip: null, request_id: null, data: null, entity_id: round.id });
    const all = (await owner<{ j: string }>(`SELECT row_to_json(e)::text AS j FROM audit_event e`))
      .map((r) => r.j)
      .join('\n');
    for (const k of ['t1', 'c1', 's1']) {
      expect(all).not.toContain(tokenOf[k]!);
      expect(all).not.toContain(sha(tokenOf[k]!));
    }
    for (const id of recipientIds) expect(all).not.toContain(id);
    // The result group: the department with 6 trainees; the hospital for groups below 5.
    const groups = await owner<{ group_unit_id: string; role_group: string }>(
      `SELECT group_unit_id::text, role_group FROM questionnaire_response WHERE round_id = $1 ORDER BY role_group, group_unit_id`,
      [round.id],
    );
    expect(groups.map((g) => `${g.role_group}@${g.group_unit_id}`).sort()).toEqual(
      [`TRAINEE@${unit.D1}`, `TRAINEE@${unit.H}`, `SUPERVISOR@${unit.H}`].sort(),
    );
  });

  it('writes no answer link to the request log (URL, params, Referer)', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        lines.push(chunk.toString());
        cb();
      },
    });
    const logged = buildApp({
      config: t.config,
      db: t.db,
      pool: t.pool,
      logger: pino({ level: 'info' }, sink),
      sessionSecret: SECRET,
    });
    await request(logged.app)
      .get(`/api/questionnaire-answers/${tokenOf.t2}`)
      .set('referer', `https://portal.example/q/${tokenOf.t2}`)
      .expect(200);
    const log = lines.join('\n');
    expect(log).toContain('/api/questionnaire-answers/[token]');
    expect(log).not.toContain(tokenOf.t2!.split('.')[1]!);
  });

  it('shows the live response rate per group of at least 5 recipients, the rest merged, no names', async () => {
    const s = (await admin.agent.get(`/api/questionnaires/${q.id}/rounds/${round.id}/status`).expect(200)).body;
    expect(s).toMatchObject({ recipients: 10, answered: 3, rate: 0.3, remindersSent: 0 });
    expect(s.groups).toEqual([
      {
        unit: { id: unit.D1, name: 'Test Medicin' },
        roleGroup: 'TRAINEE',
        other: false,
        recipients: 6,
        answered: 1,
        rate: 0.167,
      },
      { unit: null, roleGroup: null, other: true, recipients: 4, answered: 2, rate: 0.5 },
    ]);
    const text = JSON.stringify(s);
    for (const p of Object.values(person)) expect(text).not.toContain(p.id);
  });

  it('reminds now only those who have not answered, and automatically every reminder_every_days (idempotent)', async () => {
    mail.inbox.length = 0;
    const r = await post(admin, `/api/questionnaires/${q.id}/rounds/${round.id}/remind`);
    expect(r.status).toBe(200);
    expect(r.body.queued).toBe(7);
    await until('7 reminders', () => mail.inbox.length >= 7);
    await new Promise((res) => setTimeout(res, 300));
    expect(mail.inbox).toHaveLength(7);
    const answeredEmails = ['t1', 'c1', 's1'].map((k) => person[k]!.email);
    expect(mail.inbox.every((m) => !answeredEmails.includes(m.to[0]!))).toBe(true);
    expect(mail.inbox.every((m) => m.subject.startsWith('Påmindelse'))).toBe(true);
    // The same link as the invitation.
    const t2mail = mail.inbox.find((m) => m.to[0] === person.t2!.email)!;
    expect(linkOf(t2mail.text)).toBe(tokenOf.t2);

    const o = {
      db: t.db,
      mailer: createMailer({ ...t.config.mail, smtpUrl: mail.url }),
      secret: SECRET,
      baseUrl: 'https://portal.example',
    };
    mail.inbox.length = 0;
    expect((await scanQuestionnaires(o, tenantId, today)).sent).toBe(0); // not due yet
    await owner(
      `UPDATE questionnaire_recipient SET last_reminded_at = now() - interval '8 days', invited_at = now() - interval '9 days'
        WHERE round_id = $1 AND user_id = ANY($2::uuid[])`,
      [round.id, [person.t2!.id, person.t3!.id, person.t1!.id]],
    );
    expect((await scanQuestionnaires(o, tenantId, today)).sent).toBe(2); // t1 has answered
    expect((await scanQuestionnaires(o, tenantId, today)).sent).toBe(0);
    expect(mail.inbox.map((m) => m.to[0]).sort()).toEqual([person.t2!.email, person.t3!.email].sort());
    const s = (await admin.agent.get(`/api/questionnaires/${q.id}/rounds/${round.id}/status`).expect(200)).body;
    expect(s.remindersSent).toBe(9);
  });

  it('closes in one step: group counts kept, recipient rows (and with them the links) gone', async () => {
    const cur = (await admin.agent.get(`/api/questionnaires/${q.id}/rounds/${round.id}/status`).expect(200)).body.round;
    expect(
      (await post(admin, `/api/questionnaires/${q.id}/rounds/${round.id}/close`, { version: cur.version - 1 })).status,
    ).toBe(409);
    const closed = await post(admin, `/api/questionnaires/${q.id}/rounds/${round.id}/close`, { version: cur.version });
    expect(closed.status).toBe(200);
    expect(closed.body.state).toBe('CLOSED');
    expect(await owner(`SELECT 1 FROM questionnaire_recipient WHERE round_id = $1`, [round.id])).toHaveLength(0);
    const groups = await owner<{ g: string }>(
      `SELECT role_group || '@' || group_unit_id || ':' || recipients || '/' || answered AS g FROM questionnaire_round_group WHERE round_id = $1`,
      [round.id],
    );
    expect(groups.map((x) => x.g).sort()).toEqual(
      [
        `TRAINEE@${unit.D1}:6/1`,
        `TRAINEE@${unit.H}:2/1`,
        `SUPERVISOR@${unit.H}:1/1`,
        `EDUCATION_LEADER@${unit.H}:1/0`,
      ].sort(),
    );
    const s = (await admin.agent.get(`/api/questionnaires/${q.id}/rounds/${round.id}/status`).expect(200)).body;
    expect(s).toMatchObject({ recipients: 10, answered: 3, remindersSent: null });
    expect((await admin.agent.get(`/api/questionnaire-answers/${tokenOf.t2}`)).status).toBe(404);
    // After closing, questions can be retired and added again (not edited).
    const d = (await admin.agent.get(`/api/questionnaires/${q.id}`).expect(200)).body;
    const ret = await post(admin, `/api/questionnaires/${q.id}/questions/${d.questions[2].id}/retire`, {
      version: d.version,
    });
    expect(ret.status).toBe(200);
    const add = await post(admin, `/api/questionnaires/${q.id}/questions`, {
      version: ret.body.version,
      question: { kind: 'TEXT', text: 'Nyt spørgsmål' },
    });
    expect(add.status).toBe(201);
  });

  it('keeps answer links out of the request log', () => {
    const token = `${tenantId}.${'A'.repeat(43)}`;
    expect(maskAnswerTokens(`/api/questionnaire-answers/${token}`)).toBe('/api/questionnaire-answers/[token]');
    expect(maskAnswerTokens(`https://portal.example/q/${token}`)).toBe('https://portal.example/q/[token]');
  });

  it('retries an invitation the SMTP server refused, in the next scan', async () => {
    const q3 = await newQuestionnaire(admin, unit.H, 'SUPERVISORS');
    const r3 = await newRound(admin, q3.id, null);
    mail.inbox.length = 0;
    mail.failNext(person.s1!.email, 1);
    await post(admin, `/api/questionnaires/${q3.id}/rounds/${r3.id}/send`, { version: r3.version }).expect(200);
    await until('the other invitation', () => mail.inbox.some((m) => m.to[0] === person.l1!.email));
    await until('the refused one released', async () => {
      const r = await owner<{ n: number }>(
        `SELECT count(*)::int AS n FROM questionnaire_recipient WHERE round_id = $1 AND invited_at IS NULL`,
        [r3.id],
      );
      return r[0]!.n === 1;
    });
    expect(mail.inbox.some((m) => m.to[0] === person.s1!.email)).toBe(false);
    const o = {
      db: t.db,
      mailer: createMailer({ ...t.config.mail, smtpUrl: mail.url }),
      secret: SECRET,
      baseUrl: 'https://portal.example',
    };
    await scanQuestionnaires(o, tenantId, today);
    expect(mail.inbox.filter((m) => m.to[0] === person.s1!.email)).toHaveLength(1);
    await scanQuestionnaires(o, tenantId, today);
    expect(mail.inbox.filter((m) => m.to[0] === person.s1!.email)).toHaveLength(1);
  });

  it('closes rounds past their closing date in the scan', async () => {
    const q2 = await newQuestionnaire(admin, unit.H, 'SUPERVISORS');
    const r2 = await newRound(admin, q2.id, null);
    const sent = await post(admin, `/api/questionnaires/${q2.id}/rounds/${r2.id}/send`, { version: r2.version });
    expect(sent.body.recipients).toBe(2); // s1, and l1 as a supervisor
    await owner(`UPDATE questionnaire_round SET opens_on = '2020-01-01', closes_on = '2020-02-01' WHERE id = $1`, [
      r2.id,
    ]);
    const o = { db: t.db, mailer: null, secret: SECRET, baseUrl: 'https://portal.example' };
    expect((await scanQuestionnaires(o, tenantId, today)).closed).toBe(1);
    const g = await owner<{ recipients: number }>(
      `SELECT recipients FROM questionnaire_round_group WHERE round_id = $1`,
      [r2.id],
    );
    expect(g).toEqual([{ recipients: 2 }]);
  });
});

describe('a recipient’s own open questionnaires in the portal', () => {
  it('lists the rounds sent to me and not answered, with my own link (as in the e-mail), until I answer', async () => {
    const h2 = randomUUID();
    const d3 = randomUUID();
    await owner(
      `INSERT INTO org_unit (id, tenant_id, kind, name, updated_at) VALUES ($1, $2, 'HOSPITAL', 'Testhospital 2', now())`,
      [h2, tenantId],
    );
    await owner(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at) VALUES ($1, $2, 'DEPARTMENT', 'Test Børn', $3, now())`,
      [d3, tenantId, h2],
    );
    await addPerson('me');
    await role('me', 'TRAINEE', d3);
    await addPerson('colleague');
    await role('colleague', 'TRAINEE', d3);
    // "me" can sign in (the demo password).
    await owner(
      `UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = 'sofie.lindberg@regionh.dk')
        WHERE id = $1`,
      [person.me!.id],
    );
    const me = await login(t.app, HOVEDSTADEN, person.me!.email);
    expect((await me.agent.get('/api/my/questionnaires').expect(200)).body.items).toEqual([]);

    const qn = await newQuestionnaire(admin, h2, 'TRAINEES');
    const r = await newRound(admin, qn.id, null);
    const sent = await post(admin, `/api/questionnaires/${qn.id}/rounds/${r.id}/send`, { version: r.version });
    expect(sent.body.recipients).toBe(2);

    const mine = (await me.agent.get('/api/my/questionnaires').expect(200)).body.items as {
      title: string;
      roundLabel: string;
      closesOn: string;
      token: string;
    }[];
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      title: 'Trivsel og tryghed',
      roundLabel: '2026, 2. halvår',
      closesOn: '2099-12-31',
    });
    // It is my own link: its hash is my recipient row's, not my colleague's.
    const rows = await owner<{ user_id: string; token_hash: string }>(
      `SELECT user_id::text, token_hash FROM questionnaire_recipient WHERE round_id = $1`,
      [r.id],
    );
    expect(rows.find((x) => x.token_hash === sha(mine[0]!.token))?.user_id).toBe(person.me!.id);
    // Nobody else sees it: not the one who sent it.
    const karens = (await karen.agent.get('/api/my/questionnaires').expect(200)).body.items as { token: string }[];
    expect(karens.map((x) => x.token)).not.toContain(mine[0]!.token);

    const form = await me.agent.get(`/api/questionnaire-answers/${mine[0]!.token}`).expect(200);
    const scale = (form.body.questions as { id: string; kind: string }[]).find((x) => x.kind === 'SCALE')!;
    const answered = await post(me, `/api/questionnaire-answers/${mine[0]!.token}`, {
      answers: [{ questionId: scale.id, scaleValue: 4 }],
    });
    expect(answered.status, JSON.stringify(answered.body)).toBeLessThan(300);
    expect((await me.agent.get('/api/my/questionnaires').expect(200)).body.items).toEqual([]);
  });
});
