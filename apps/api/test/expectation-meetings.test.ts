import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COURSE_TRACKS,
  expectationMeetingDueDate,
  todayInDenmark,
  type ExpectationMeeting,
  type MeetingList,
} from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, ownerClient, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let sofie: LoggedIn; // trainee, KBU in AHH Kardiologi (hovedvejleder Jens)
let jens: LoggedIn; // supervisor (hovedvejleder of Sofie, Ahmad, Freja; second supervisor of Oskar)
let mette: LoggedIn; // UAO + supervisor, Kardiologi
let hanne: LoggedIn; // cheflæge, Kardiologi
let karen: LoggedIn; // Tutorcentret, AHH
let lone: LoggedIn; // CME coordinator: no relation to any course
let tenantId: string;
const courses: Record<string, string> = {};

const today = todayInDenmark();
const plus = (iso: string, n: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};
const emptyRecord = {
  traineeExpectations: null,
  supervisorExpectations: null,
  goals: null,
  tasks: null,
  deadlines: null,
  responsibilities: null,
  collaboration: null,
  misunderstandings: null,
};

async function asOwner<T>(fn: (c: Awaited<ReturnType<typeof ownerClient>>) => Promise<T>): Promise<T> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const r = await fn(c);
    await c.query('COMMIT');
    return r;
  } finally {
    await c.end();
  }
}

const get = (s: LoggedIn, course: string) => s.agent.get(`/api/courses/${course}/expectation-meeting`);
const schedule = (s: LoggedIn, course: string, body: object) =>
  s.agent.put(`/api/courses/${course}/expectation-meeting/schedule`).set('x-csrf-token', s.csrf).send(body);
const record = (s: LoggedIn, course: string, body: object) =>
  s.agent.put(`/api/courses/${course}/expectation-meeting/record`).set('x-csrf-token', s.csrf).send(body);
const confirm = (s: LoggedIn, course: string, version: number) =>
  s.agent.post(`/api/courses/${course}/expectation-meeting/confirm`).set('x-csrf-token', s.csrf).send({ version });

beforeAll(async () => {
  t = createTestApp();
  const as = (e: string) => login(t.app, HOVEDSTADEN, e);
  sofie = await as('sofie.lindberg@regionh.dk');
  jens = await as('jens.mikkelsen@regionh.dk');
  mette = await as('mette.kjaer@regionh.dk');
  hanne = await as('hanne.vestergaard@regionh.dk');
  karen = await as('karen.bech@regionh.dk');
  lone = await as('lone.friis@regionh.dk');
  tenantId = sofie.me.tenant.id;
  const rows = await asOwner((c) =>
    c.query<{ email: string; id: string }>('SELECT u.email, c.id FROM course c JOIN app_user u ON u.id = c.trainee_id'),
  );
  for (const r of rows.rows) courses[r.email.split('@')[0]!] = r.id;
});
afterAll(() => t.close());

describe('the due date in SQL', () => {
  it('expectation_meeting_due() gives the same date as expectationMeetingDueDate() for every start, track and length', async () => {
    // Every day of 13 months (all weekdays, a year end, February of a leap year 2028), each track,
    // courses shorter than, equal to and longer than the window.
    const lengths = [0, 1, 2, 5, 12, 13, 14, 15, 16, 26, 27, 28, 29, 30, 180, 365];
    const c = await ownerClient();
    try {
      const res = await c.query<{ s: string; e: string; track: string; due: string }>(
        `SELECT s::text AS s, (s + len)::text AS e, track, expectation_meeting_due(track, s::date, (s + len)::date)::text AS due
           FROM (SELECT g::date AS s FROM generate_series('2027-12-01'::date, '2028-12-31'::date, '1 day') AS g) AS days,
                unnest($1::int[]) AS len, unnest($2::text[]) AS track`,
        [lengths, [...COURSE_TRACKS]],
      );
      expect(res.rows.length).toBe(397 * lengths.length * COURSE_TRACKS.length);
      const mismatches = res.rows.filter(
        (r) => r.due !== expectationMeetingDueDate({ track: r.track as 'KBU', startDate: r.s, endDate: r.e }),
      );
      expect(mismatches.slice(0, 5)).toEqual([]);
      // A few fixed points: a KBU course starting Saturday 2026-08-01 is due Friday 2026-08-14.
      const fixed = await c.query<{ a: string; b: string; c: string }>(
        `SELECT expectation_meeting_due('KBU', '2026-08-01', '2027-01-31')::text AS a,
                expectation_meeting_due('SPECIALIST', '2026-12-19', '2027-06-30')::text AS b,
                expectation_meeting_due('KBU', '2026-12-27', '2026-12-27')::text AS c`,
      );
      expect(fixed.rows[0]).toEqual({ a: '2026-08-14', b: '2027-01-15', c: '2026-12-27' });
    } finally {
      await c.end();
    }
  });
});

describe('reading a meeting', () => {
  it('the trainee sees the computed due date, the state and that it is overdue', async () => {
    const res = await get(sofie, courses['sofie.lindberg']!).expect(200);
    const m = res.body as ExpectationMeeting;
    expect(m).toMatchObject({
      dueDate: '2026-08-14',
      state: 'NOT_SCHEDULED',
      overdue: true,
      version: 0,
      trainee: { name: 'Sofie Lindberg' },
      mainSupervisor: { name: 'Jens Mikkelsen' },
      may: { schedule: false, record: false, confirmAsTrainee: false, confirmAsSupervisor: false },
    });
  });

  it('the hovedvejleder, the UAO and the cheflæge read it; a user with no relation gets 404', async () => {
    const id = courses['sofie.lindberg']!;
    expect((await get(jens, id).expect(200)).body.may).toMatchObject({ schedule: true, record: true });
    expect((await get(mette, id).expect(200)).body.may).toMatchObject({ schedule: true, record: true });
    expect((await get(hanne, id).expect(200)).body.may).toMatchObject({ schedule: false, record: false });
    await get(karen, id).expect(200);
    expect((await get(lone, id).expect(404)).body.code).toBe('NOT_FOUND');
    // Jens supervises Ahmad but not Ida: Ida's course is invisible to him.
    await get(jens, courses['ahmad.rahimi']!).expect(200);
    await get(jens, courses['ida.sorensen']!).expect(404);
  });

  it('the demo data has a confirmed meeting and one awaiting the supervisor’s confirmation', async () => {
    expect((await get(mette, courses['ida.sorensen']!).expect(200)).body.state).toBe('CONFIRMED');
    const freja = (await get(jens, courses['freja.vinther']!).expect(200)).body as ExpectationMeeting;
    expect(freja.state).toBe('HELD');
    expect(freja.traineeConfirmation).not.toBeNull();
    expect(freja.may.confirmAsSupervisor).toBe(true);
  });
});

describe('schedule, record, confirm', () => {
  it('runs the whole flow with optimistic concurrency, and a changed record clears the confirmations', async () => {
    const id = courses['sofie.lindberg']!;
    const s1 = await schedule(jens, id, {
      scheduledAt: `${plus(today, 2)}T13:30:00+01:00`,
      place: 'Kardiologisk Afdeling, kontor 3',
      version: 0,
    }).expect(200);
    expect(s1.body).toMatchObject({ state: 'SCHEDULED', version: 1, place: 'Kardiologisk Afdeling, kontor 3' });
    expect(s1.body.scheduledAt).toBe(new Date(`${plus(today, 2)}T13:30:00+01:00`).toISOString());

    // Mette (UAO) edits with the version she loaded before: 409, and the problem says what is current.
    const stale = await schedule(mette, id, { scheduledAt: `${today}T09:00:00+01:00`, place: 'X', version: 0 }).expect(
      409,
    );
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('version 1');

    // The trainee cannot confirm before the meeting was held.
    expect((await confirm(sofie, id, 1).expect(409)).body.detail).toContain('not been recorded');

    const r1 = await record(jens, id, {
      heldOn: today,
      record: { ...emptyRecord, goals: '  Stuegang selvstændigt  ', tasks: '' },
      version: 1,
    }).expect(200);
    expect(r1.body).toMatchObject({ state: 'HELD', heldOn: today, overdue: false, version: 2 });
    expect(r1.body.record).toMatchObject({ goals: 'Stuegang selvstændigt', tasks: null });

    const c1 = await confirm(sofie, id, 2).expect(200);
    expect(c1.body.traineeConfirmation.by.name).toBe('Sofie Lindberg');
    expect(c1.body.state).toBe('HELD');
    expect(c1.body.may.confirmAsTrainee).toBe(false);
    // Confirming twice is refused.
    await confirm(sofie, id, 3).expect(409);
    // Only the trainee and the hovedvejleder confirm: the UAO (also a second supervisor) and the cheflæge may not.
    await confirm(mette, id, 3).expect(403);
    await confirm(hanne, id, 3).expect(403);

    const c2 = await confirm(jens, id, 3).expect(200);
    expect(c2.body).toMatchObject({ state: 'CONFIRMED', version: 4 });
    expect(c2.body.supervisorConfirmation.by.name).toBe('Jens Mikkelsen');

    // Saving the same record again keeps the confirmations; a change clears both.
    const same = await record(jens, id, {
      heldOn: today,
      record: { ...emptyRecord, goals: 'Stuegang selvstændigt' },
      version: 4,
    }).expect(200);
    expect(same.body.state).toBe('CONFIRMED');
    const changed = await record(mette, id, {
      heldOn: today,
      record: { ...emptyRecord, goals: 'Stuegang selvstændigt og ekko' },
      version: 5,
    }).expect(200);
    expect(changed.body).toMatchObject({ state: 'HELD', traineeConfirmation: null, supervisorConfirmation: null });

    const audit = await asOwner((c) =>
      c.query<{ action: string; data: { confirmationsCleared?: boolean } }>(
        `SELECT action, data FROM audit_event WHERE entity_id = $1 AND action LIKE 'expectation-meeting.%' ORDER BY id`,
        [id],
      ),
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'expectation-meeting.schedule',
      'expectation-meeting.record',
      'expectation-meeting.confirm',
      'expectation-meeting.confirm',
      'expectation-meeting.record',
      'expectation-meeting.record',
    ]);
    expect(audit.rows.at(-1)!.data.confirmationsCleared).toBe(true);
  });

  it('only the hovedvejleder and the department’s UAO/UKS schedule and record', async () => {
    // Oskar's hovedvejleder is Mette; Jens is a second supervisor there: he reads, but may not schedule.
    const oskar = courses['oskar.bjerre']!;
    const v = (await get(jens, oskar).expect(200)).body.version as number;
    const body = { scheduledAt: `${plus(today, 5)}T10:00:00+01:00`, place: 'Kontor', version: v };
    await schedule(jens, oskar, body).expect(403);
    await schedule(sofie, oskar, body).expect(403); // no supervision:write at all
    await schedule(mette, oskar, body).expect(200);
    // A supervisor without a relation to the course: 404 (Ida's course, for Jens).
    await schedule(jens, courses['ida.sorensen']!, { ...body, version: 1 }).expect(404);
  });

  it('refuses bad input with field errors', async () => {
    const id = courses['ahmad.rahimi']!;
    const v = (await get(jens, id).expect(200)).body.version as number;
    const future = await record(jens, id, { heldOn: plus(today, 1), record: emptyRecord, version: v }).expect(400);
    expect(future.body.errors[0].path).toBe('body.heldOn');
    const long = await record(jens, id, {
      heldOn: today,
      record: { ...emptyRecord, goals: 'x'.repeat(4001) },
      version: v,
    }).expect(400);
    expect(long.body.errors[0].path).toBe('body.record.goals');
    const arr = await schedule(jens, id, { scheduledAt: `${today}T10:00:00Z`, place: ['a'], version: v }).expect(400);
    expect(arr.body.errors[0].path).toBe('body.place');
    const extra = await schedule(jens, id, { scheduledAt: 'tomorrow', place: 'a', version: v, x: 1 }).expect(400);
    expect(extra.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body', 'body.scheduledAt']);
    await jens.agent.get(`/api/courses/not-a-uuid/expectation-meeting`).expect(400);
  });
});

describe('lists of due and overdue meetings', () => {
  const list = async (s: LoggedIn, q = '') =>
    (await s.agent.get(`/api/expectation-meetings${q}`).expect(200)).body as MeetingList;

  it('the supervisor sees their trainees’ open meetings by due date; overdue and due filter', async () => {
    const open = await list(jens);
    const names = open.items.map((i) => i.trainee.name);
    // Freja's is held (not open); Ida's is not his.
    expect(names).not.toContain('Freja Vinther');
    expect(names).not.toContain('Ida Sørensen');
    expect(names).toContain('Ahmad Rahimi');
    const dues = open.items.map((i) => i.dueDate);
    expect([...dues].sort()).toEqual(dues);
    const overdue = await list(jens, '?state=overdue');
    expect(overdue.items.every((i) => i.overdue && i.dueDate < today)).toBe(true);
    const due = await list(jens, '?state=due');
    expect(due.items.every((i) => !i.overdue && i.dueDate >= today)).toBe(true);
    expect(due.items.map((i) => i.trainee.name)).toContain('Ahmad Rahimi');
    const held = await list(jens, '?state=held');
    expect(held.items.map((i) => i.trainee.name)).toContain('Freja Vinther');
  });

  it('the UAO and cheflæge see the department, Tutorcentret the hospital, the trainee only themself; paginated', async () => {
    const uao = await list(mette, '?state=all');
    const names = uao.items.map((i) => i.trainee.name);
    expect(names).toEqual(expect.arrayContaining(['Ida Sørensen', 'Oskar Bjerre', 'Freja Vinther']));
    expect(names).not.toContain('Rasmus Dahl'); // Akutmodtagelsen: another department
    expect((await list(hanne, '?state=all')).total).toBe(uao.total);
    const tc = await list(karen, '?state=all');
    expect(tc.items.map((i) => i.trainee.name)).toContain('Rasmus Dahl');
    const own = await list(sofie, '?state=all');
    expect(own.items.map((i) => i.trainee.name)).toEqual(['Sofie Lindberg']);
    expect((await list(lone, '?state=all')).total).toBe(0);
    const page = await list(mette, '?state=all&pageSize=2&page=2');
    expect(page).toMatchObject({ total: uao.total, page: 2, pageSize: 2 });
    expect(page.items.map((i) => i.courseId)).toEqual(uao.items.slice(2, 4).map((i) => i.courseId));
    await mette.agent.get('/api/expectation-meetings?state=soon').expect(400);
    await mette.agent.get('/api/expectation-meetings?page=1&page=2').expect(400);
  });
});
