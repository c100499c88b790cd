import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attainmentColour, todayInDenmark, type DepartmentDashboard, type HospitalComparison } from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

/*
 * A hand-computed data set in a department of its own ("Testafdeling", under Amager og Hvidovre
 * Hospital), judged at AS_OF = Wednesday 2026-06-17 (ISO week 2026-W25, Monday 2026-06-15).
 *   8-week window: 2026-06-17 … 2026-08-11 (asOf + 55). Due soon: 2026-06-17 … 2026-06-30.
 *   12 months: 2025-07 … 2026-06 (due dates before asOf). Weeks: 2026-W14 (Mon 2026-03-30) … W25.
 *   Without feedback: since = asOf − 28 = 2026-05-20.
 *
 * Courses (trainee, track, start → end; due date by expectation_meeting_due; meeting held on):
 *   T1  KBU   2026-03-01 → 2027-02-28  due 03-15 is a Sunday → Fri 2026-03-13; held 2026-03-13 (on time)
 *   T2  KBU   2026-05-01 → 2026-07-31  due 2026-05-15, not held → OVERDUE; departs 07-31
 *   T3  INTRO Kardiologi 2025-09-01 → 2026-08-11  due 2025-09-29, held 09-29 (on time); departs 08-11 (edge: asOf+55)
 *   T4  INTRO Kardiologi 2025-09-01 → 2026-08-12  due 2025-09-29, held 10-10 (late); 08-12 = asOf+56: no departure
 *   T5  SPEC  Kardiologi 2024-01-01 → 2028-12-31  due 2024-01-29 (before the 12 months), held 2024-01-20
 *   T6  KBU   2026-03-01 → 2027-02-28  CANCELLED: counts nowhere (its feedback neither)
 *   T7  KBU   2026-08-11 → 2027-01-31  arrives 08-11 (edge: asOf+55)
 *   T8  KBU   2026-08-12 → 2027-01-31  08-12 = asOf+56: no arrival
 *   T9  INTRO Kardiologi 2026-06-17 → 2027-06-16  starts today: now AND an arrival; due 07-15 (not due soon)
 *   T10 INTRO Kardiologi 2025-12-01 → 2026-06-16  ended yesterday; due 2025-12-29, held 12-29 (on time)
 *   T11 KBU   2026-06-10 → 2026-12-31  due 2026-06-24: DUE SOON
 *   T12 KBU   2026-06-03 → 2026-12-31  due 2026-06-17 = asOf: DUE SOON (not overdue, not yet in the rate)
 *   M1…M10 INTRO Kardiologi 2026-01-05 → 2026-04-30  due 2026-02-02; M1–M9 held 02-02 (on time), M10 02-10 (late)
 *
 * Trainees now: T1 T2 T3 T4 T5 T9 T11 T12 = 8 — KBU 4 (T1 T2 T11 T12), INTRODUCTION 3 (T3 T4 T9),
 *   SPECIALIST 1 (T5); Kardiologi 4, no specialty 4. Arrivals 2 (T9 06-17, T7 08-11). Departures 2 (T2, T3).
 * Meetings: due soon 2 (T11, T12); overdue 1 (T2). In the 12 months: due 15 (T3 T4 T10 M1–M10 T1 T2),
 *   on time 12 (T3 T10 M1–M9 T1), late 2 (T4 M10) → 12/15 = 80.0 %. Monthly: 2025-09 1/2 = 50.0,
 *   2025-12 1/1 = 100.0, 2026-02 9/10 = 90.0, 2026-03 1/1 = 100.0, 2026-05 0/1 = 0.0, the rest 0 due (null).
 * Supervision (all T1): 03-29 (W13: before the 12 weeks), 03-30 (W14), 06-15 and 06-17 (W25), 06-18 (after asOf).
 * Feedback: T1 06-01 (W23) and 06-16 (W25); T3 06-01 (W23); T2 05-20 (W21); T4 05-21 (W21);
 *   T5 06-18 (after asOf); T6 06-16 (cancelled). → W14 s1; W21 f2; W23 f2; W25 s2 f1.
 * Without feedback at asOf (started ≤ 05-20, none after 05-20): T5 (never), T2 (last 05-20, the edge) = 2.
 *   T4 (05-21) has some; T9 T11 T12 are too new.
 * Competences: KBU list 10 competences, the Kardiologi introduction list 7, no specialist list.
 *   KBU 4 courses × 10 = 40, approved 3 (T1) → 7.5 %; INTRODUCTION 3 × 7 = 21, approved 2 (T3) → 9.5 %;
 *   SPECIALIST 1 course, 0 → null. Hospital row: 5 / 61 = 8.2 %.
 * Bodies: TEAM monthly, held 2026-06-07, planned 2026-07-07, 2 open action items (+1 done) → WORKING;
 *   FORUM every 3 months, held 2026-01-10 → window ended 2026-04-24 → OVERDUE; 0 open items.
 * Function descriptions: UAO APPROVED, UKS DRAFT, UKYL MISSING → 1 approved.
 * Role holders: X UAO since 2026-05-18 (new, mentor Mette Kjær); Y UKS since 2020-01-01 (not new);
 *   Z UKYL since 2026-04-18 (new, no mentor); an ended UKS is not listed → 1 new without mentor.
 * Hospital row: feedback in (05-20, 06-17] of the 8 active courses = T1×2 + T3 + T4 = 4 → 0.5 per trainee.
 */
const AS_OF = '2026-06-17';

let t: TestApp;
let tenantId: string;
let dept: string; // the test department under AHH
let otherHospital: string; // a second hospital of the region
let otherDept: string; // a department of it
let ahh: string;
let hanne: LoggedIn; // cheflæge of Kardiologi, made cheflæge of the test department too
let mette: LoggedIn; // UAO of Kardiologi only
let karen: LoggedIn; // Tutorcentret, AHH
let thomas: LoggedIn; // regional administrator
let sofie: LoggedIn; // trainee
let jens: LoggedIn; // supervisor
let susanne: LoggedIn; // cheflæge in Region Sjælland
const course: Record<string, string> = {};
const person: Record<string, string> = {};

async function asOwner<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
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

const one = async (c: pg.Client, sql: string, params: unknown[]) =>
  (await c.query<{ id: string }>(sql, params)).rows[0]!.id;

async function seed(c: pg.Client) {
  const userByEmail = (email: string) => one(c, 'SELECT id FROM app_user WHERE email = $1', [email]);
  const kardiologi = await one(c, "SELECT id FROM org_unit WHERE name = 'Kardiologisk Afdeling'", []);
  ahh = await one(c, 'SELECT parent_id AS id FROM org_unit WHERE id = $1', [kardiologi]);
  const specialty = await one(c, "SELECT id FROM specialty WHERE name = 'Intern medicin: kardiologi'", []);
  const mentor = await userByEmail('mette.kjaer@regionh.dk');
  const hanneId = await userByEmail('hanne.vestergaard@regionh.dk');

  const unit = async (kind: string, name: string, parent: string | null) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
      [id, tenantId, kind, name, parent],
    );
    return id;
  };
  dept = await unit('DEPARTMENT', 'Testafdeling', ahh);
  otherHospital = await unit('HOSPITAL', 'Testhospitalet', null);
  otherDept = await unit('DEPARTMENT', 'Testafdeling på Testhospitalet', otherHospital);

  const user = async (key: string) => {
    const id = randomUUID();
    await c.query(`INSERT INTO app_user (id, tenant_id, email, name, updated_at) VALUES ($1, $2, $3, $4, now())`, [
      id,
      tenantId,
      `${key.toLowerCase()}@test.example`,
      `Test ${key}`,
    ]);
    person[key] = id;
    return id;
  };
  const assign = async (userId: string, role: string, unitId: string, from: string, to: string | null = null) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from, valid_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, tenantId, userId, role, unitId, from, to],
    );
    return id;
  };
  const addCourse = async (key: string, track: string, start: string, end: string, cancelled = false) => {
    const trainee = await user(key);
    const id = randomUUID();
    await c.query(
      `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, specialty_id, start_date, end_date, cancelled_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        id,
        tenantId,
        trainee,
        dept,
        track,
        track === 'KBU' ? null : specialty,
        start,
        end,
        cancelled ? new Date() : null,
      ],
    );
    course[key] = id;
    return id;
  };
  const meeting = (key: string, heldOn: string) =>
    c.query(
      `INSERT INTO expectation_meeting (id, tenant_id, course_id, held_on, updated_at) VALUES ($1, $2, $3, $4, now())`,
      [randomUUID(), tenantId, course[key], heldOn],
    );
  const supervision = (key: string, on: string) =>
    c.query(
      `INSERT INTO supervision_record (id, tenant_id, course_id, supervisor_id, occurred_on, setting, supervised, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'WARD_ROUND', 'Stuegang', now())`,
      [randomUUID(), tenantId, course[key], mentor, on],
    );
  const feedback = (key: string, on: string) =>
    c.query(
      `INSERT INTO feedback_record (id, tenant_id, course_id, giver_id, given_on, went_well, to_improve, next_step, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'Godt', 'Mere', 'Næste', now())`,
      [randomUUID(), tenantId, course[key], mentor, on],
    );

  await addCourse('T1', 'KBU', '2026-03-01', '2027-02-28');
  await addCourse('T2', 'KBU', '2026-05-01', '2026-07-31');
  await addCourse('T3', 'INTRODUCTION', '2025-09-01', '2026-08-11');
  await addCourse('T4', 'INTRODUCTION', '2025-09-01', '2026-08-12');
  await addCourse('T5', 'SPECIALIST', '2024-01-01', '2028-12-31');
  await addCourse('T6', 'KBU', '2026-03-01', '2027-02-28', true);
  await addCourse('T7', 'KBU', '2026-08-11', '2027-01-31');
  await addCourse('T8', 'KBU', '2026-08-12', '2027-01-31');
  await addCourse('T9', 'INTRODUCTION', '2026-06-17', '2027-06-16');
  await addCourse('T10', 'INTRODUCTION', '2025-12-01', '2026-06-16');
  await addCourse('T11', 'KBU', '2026-06-10', '2026-12-31');
  await addCourse('T12', 'KBU', '2026-06-03', '2026-12-31');
  for (let i = 1; i <= 10; i++) {
    await addCourse(`M${i}`, 'INTRODUCTION', '2026-01-05', '2026-04-30');
    await meeting(`M${i}`, i === 10 ? '2026-02-10' : '2026-02-02');
  }
  await meeting('T1', '2026-03-13');
  await meeting('T3', '2025-09-29');
  await meeting('T4', '2025-10-10');
  await meeting('T5', '2024-01-20');
  await meeting('T6', '2026-04-01'); // cancelled course: late, but not counted
  await meeting('T10', '2025-12-29');

  for (const d of ['2026-03-29', '2026-03-30', '2026-06-15', '2026-06-17', '2026-06-18']) await supervision('T1', d);
  for (const [k, d] of [
    ['T1', '2026-06-01'],
    ['T1', '2026-06-16'],
    ['T3', '2026-06-01'],
    ['T2', '2026-05-20'],
    ['T4', '2026-05-21'],
    ['T5', '2026-06-18'],
    ['T6', '2026-06-16'],
  ] as const)
    await feedback(k, d);

  // Competences: 3 approved on T1 (KBU), 2 approved and 1 in progress on T3 (introduction).
  const listOf = (track: string) =>
    c.query<{ id: string }>(
      `SELECT k.id FROM competence k JOIN competence_list l ON l.id = k.list_id
        WHERE l.track = $1 AND l.retired_at IS NULL AND ($1 = 'KBU' OR l.specialty_id = $2)
        ORDER BY k.sort_order`,
      [track, specialty],
    );
  const kbu = (await listOf('KBU')).rows;
  const intro = (await listOf('INTRODUCTION')).rows;
  expect([kbu.length, intro.length]).toEqual([10, 7]);
  const status = (key: string, competenceId: string, s: string) =>
    c.query(
      `INSERT INTO competence_status (id, tenant_id, course_id, competence_id, status, approved_on, approved_by_id, updated_by_id, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
      [
        randomUUID(),
        tenantId,
        course[key],
        competenceId,
        s,
        s === 'APPROVED' ? '2026-06-01' : null,
        s === 'APPROVED' ? mentor : null,
        mentor,
      ],
    );
  for (const k of kbu.slice(0, 3)) await status('T1', k.id, 'APPROVED');
  for (const k of intro.slice(0, 2)) await status('T3', k.id, 'APPROVED');
  await status('T3', intro[2]!.id, 'IN_PROGRESS');

  // Education bodies: a working team, an overdue forum.
  const body = async (kind: string, name: string, cadence: number) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO education_body (id, tenant_id, kind, name, unit_id, cadence_value, cadence_unit, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'MONTH', '2025-01-01', now())`,
      [id, tenantId, kind, name, dept, cadence],
    );
    return id;
  };
  const bodyMeeting = async (bodyId: string, at: string, status: string) => {
    const id = randomUUID();
    await c.query(
      `INSERT INTO education_meeting (id, tenant_id, body_id, starts_at, ends_at, status, updated_at)
       VALUES ($1, $2, $3, $4::timestamptz, $4::timestamptz + interval '1 hour', $5, now())`,
      [id, tenantId, bodyId, at, status],
    );
    return id;
  };
  const team = await body('TEAM', 'Uddannelsesteam, Testafdeling', 1);
  const forum = await body('FORUM', 'Uddannelsesforum, Testafdeling', 3);
  const held = await bodyMeeting(team, '2026-06-07T10:00:00Z', 'HELD');
  await bodyMeeting(team, '2026-07-07T10:00:00Z', 'PLANNED');
  await bodyMeeting(forum, '2026-01-10T10:00:00Z', 'HELD');
  for (const done of [null, null, new Date()])
    await c.query(
      `INSERT INTO education_action_item (id, tenant_id, meeting_id, text, owner_id, done_at) VALUES ($1, $2, $3, 'Opfølgning', $4, $5)`,
      [randomUUID(), tenantId, held, mentor, done],
    );

  // Local function descriptions: UAO approved, UKS draft, UKYL missing.
  await c.query(
    `INSERT INTO local_fd (id, tenant_id, unit_id, role, status, text, uao_signed_by_id, uao_signed_at, head_signed_by_id, head_signed_at, updated_at)
     VALUES ($1, $2, $3, 'UAO', 'APPROVED', 'Lokal del', $4, now(), $5, now(), now())`,
    [randomUUID(), tenantId, dept, mentor, hanneId],
  );
  await c.query(
    `INSERT INTO local_fd (id, tenant_id, unit_id, role, status, text, updated_at) VALUES ($1, $2, $3, 'UKS', 'DRAFT', 'Udkast', now())`,
    [randomUUID(), tenantId, dept],
  );

  // Role holders.
  const x = await assign(await user('X'), 'UAO', dept, '2026-05-18');
  await assign(await user('Y'), 'UKS', dept, '2020-01-01');
  await assign(await user('Z'), 'UKYL', dept, '2026-04-18');
  await assign(await user('W'), 'UKS', dept, '2019-01-01', '2026-01-01');
  await c.query(
    `INSERT INTO mentorship (id, tenant_id, mentee_assignment_id, mentee_user_id, mentor_user_id, role, focus_areas, starts_on)
     VALUES ($1, $2, $3, $4, $5, 'UAO', ARRAY['STRATEGY'], '2026-05-20')`,
    [randomUUID(), tenantId, x, person.X, mentor],
  );

  // Hanne also becomes cheflæge of the test department.
  await assign(hanneId, 'DEPARTMENT_HEAD', dept, '2026-01-01');
}

beforeAll(async () => {
  t = createTestApp();
  const c = await ownerClient();
  tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
  await c.end();
  await asOwner(seed);
  const h = (email: string) => login(t.app, HOVEDSTADEN, email);
  [hanne, mette, karen, thomas, sofie, jens] = await Promise.all([
    h('hanne.vestergaard@regionh.dk'),
    h('mette.kjaer@regionh.dk'),
    h('karen.bech@regionh.dk'),
    h('thomas.krogh@regionh.dk'),
    h('sofie.lindberg@regionh.dk'),
    h('jens.mikkelsen@regionh.dk'),
  ]);
  susanne = await login(t.app, SJAELLAND, 'susanne.lund@regionsjaelland.dk');
});
afterAll(() => t.close());

const dashboard = async (s: LoggedIn, unitId = dept, asOf = AS_OF) =>
  (await s.agent.get(`/api/department-dashboard/${unitId}?asOf=${asOf}`).expect(200)).body as DepartmentDashboard;

describe('department dashboard: the hand-computed department', () => {
  let d: DepartmentDashboard;
  beforeAll(async () => {
    d = await dashboard(hanne);
  });

  it('names the department and its hospital', () => {
    expect(d.unit).toEqual({ id: dept, name: 'Testafdeling', hospital: { id: ahh, name: expect.any(String) } });
    expect(d.asOf).toBe(AS_OF);
    expect(d.namesVisible).toBe(true);
  });

  it('counts trainees now by track and specialty (cancelled and ended courses left out)', () => {
    expect(d.trainees.total).toBe(8);
    expect(d.trainees.byTrack).toEqual([
      { track: 'KBU', count: 4 },
      { track: 'INTRODUCTION', count: 3 },
      { track: 'SPECIALIST', count: 1 },
    ]);
    expect(d.trainees.bySpecialty).toEqual([
      { specialty: 'Intern medicin: kardiologi', count: 4 },
      { specialty: null, count: 4 },
    ]);
  });

  it('lists arrivals and departures in the 8 weeks asOf … asOf + 55, edges included, + 56 not', () => {
    expect(d.trainees.arrivals.count).toBe(2);
    expect(d.trainees.arrivals.items.map((i) => [i.courseId, i.date])).toEqual([
      [course.T9, '2026-06-17'],
      [course.T7, '2026-08-11'],
    ]);
    expect(d.trainees.departures.count).toBe(2);
    expect(d.trainees.departures.items.map((i) => [i.courseId, i.track, i.date])).toEqual([
      [course.T2, 'KBU', '2026-07-31'],
      [course.T3, 'INTRODUCTION', '2026-08-11'],
    ]);
    expect(d.trainees.arrivals.items[0]!.trainee).toEqual({ id: person.T9, name: 'Test T9' });
  });

  it('counts expectation meetings due soon, overdue, on time and late', () => {
    expect(d.meetings).toMatchObject({
      dueSoon: 2,
      overdue: 1,
      heldOnTime: 12,
      heldLate: 2,
      due12Months: 15,
      onTime12Months: 12,
      rate12Months: 80,
    });
  });

  it('gives the on-time rate per month, with 9 of 10 = 90.0 (green at the 90 % threshold)', () => {
    const byMonth = Object.fromEntries(d.meetings.monthly.map((m) => [m.month, [m.due, m.onTime, m.rate]]));
    expect(d.meetings.monthly.map((m) => m.month)).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(byMonth).toEqual({
      '2025-07': [0, 0, null],
      '2025-08': [0, 0, null],
      '2025-09': [2, 1, 50],
      '2025-10': [0, 0, null],
      '2025-11': [0, 0, null],
      '2025-12': [1, 1, 100],
      '2026-01': [0, 0, null],
      '2026-02': [10, 9, 90],
      '2026-03': [1, 1, 100],
      '2026-04': [0, 0, null],
      '2026-05': [1, 0, 0],
      '2026-06': [0, 0, null],
    });
    expect(attainmentColour(9, 10, { green: 90, amber: 75 })).toBe('GREEN');
  });

  it('buckets supervision and feedback per ISO week for the 12 weeks up to asOf', () => {
    expect(d.activity.weeks).toHaveLength(12);
    expect(d.activity.weeks[0]).toEqual({ week: '2026-W14', weekStart: '2026-03-30', supervision: 1, feedback: 0 });
    expect(d.activity.weeks[11]).toEqual({ week: '2026-W25', weekStart: '2026-06-15', supervision: 2, feedback: 1 });
    const busy = d.activity.weeks
      .filter((w) => w.supervision + w.feedback > 0)
      .map((w) => [w.week, w.supervision, w.feedback]);
    expect(busy).toEqual([
      ['2026-W14', 1, 0],
      ['2026-W21', 0, 2],
      ['2026-W23', 0, 2],
      ['2026-W25', 2, 1],
    ]);
  });

  it('finds trainees without feedback in 4 weeks by the supervision module’s rule (edge: last on asOf − 28)', () => {
    expect(d.activity.withoutFeedback.count).toBe(2);
    expect(d.activity.withoutFeedback.items.map((i) => [i.courseId, i.date])).toEqual([
      [course.T5, null],
      [course.T2, '2026-05-20'],
    ]);
  });

  it('sums competence progress by track', () => {
    expect(d.competences.byTrack).toEqual([
      { track: 'KBU', courses: 4, total: 40, approved: 3, percent: 7.5 },
      { track: 'INTRODUCTION', courses: 3, total: 21, approved: 2, percent: 9.5 },
      { track: 'SPECIALIST', courses: 1, total: 0, approved: 0, percent: null },
    ]);
  });

  it('shows the team (working, open items) and the forum (overdue)', () => {
    expect(d.bodies.map((b) => [b.kind, b.health, b.openActionItems, b.lastHeldAt, b.nextPlannedAt])).toEqual([
      ['TEAM', 'WORKING', 2, '2026-06-07T10:00:00.000Z', '2026-07-07T10:00:00.000Z'],
      ['FORUM', 'OVERDUE', 0, '2026-01-10T10:00:00.000Z', null],
    ]);
  });

  it('shows the local function descriptions and the role holders with mentor status', () => {
    expect(d.functionDescriptions).toEqual([
      { role: 'UAO', status: 'APPROVED' },
      { role: 'UKS', status: 'DRAFT' },
      { role: 'UKYL', status: 'MISSING' },
    ]);
    expect(d.roleHolders.map((h) => [h.person.name, h.role, h.since, h.isNew, h.mentor?.name ?? null])).toEqual([
      ['Test X', 'UAO', '2026-05-18', true, 'Mette Kjær'],
      ['Test Y', 'UKS', '2020-01-01', false, null],
      ['Test Z', 'UKYL', '2026-04-18', true, null],
    ]);
  });

  it('moves with asOf: a day later T2 and T12 are overdue and T12 enters the rate', async () => {
    const next = await dashboard(hanne, dept, '2026-06-18');
    // T12 (due 06-17) is now overdue; T9 started yesterday; T2 still not held.
    expect(next.meetings).toMatchObject({
      overdue: 2,
      dueSoon: 1,
      due12Months: 16,
      onTime12Months: 12,
      rate12Months: 75,
    });
    // The supervision and T5's feedback dated 06-18 now count in W25.
    expect(next.activity.weeks[11]).toMatchObject({ supervision: 3, feedback: 2 });
    // since = 05-21: T4's feedback of 05-21 no longer counts; T5's of 06-18 does.
    expect(next.activity.withoutFeedback.items.map((i) => [i.courseId, i.date])).toEqual([
      [course.T2, '2026-05-20'],
      [course.T4, '2026-05-21'],
    ]);
  });

  it('answers today when asOf is left out', async () => {
    const res = await hanne.agent.get(`/api/department-dashboard/${dept}`).expect(200);
    expect(res.body.asOf).toBe(todayInDenmark());
  });
});

describe('hospital view', () => {
  it('puts every open department of the hospital side by side, with the test department as computed', async () => {
    const res = await karen.agent
      .get(`/api/department-dashboard/hospitals/${ahh}/comparison?asOf=${AS_OF}`)
      .expect(200);
    const body = res.body as HospitalComparison;
    expect(body.hospital.id).toBe(ahh);
    const row = body.rows.find((r) => r.unit.id === dept);
    expect(row).toEqual({
      unit: { id: dept, name: 'Testafdeling' },
      traineesNow: 8,
      meetingsOverdue: 1,
      onTimeRate12Months: 80,
      feedbackPerTrainee4Weeks: 0.5,
      withoutFeedback4Weeks: 2,
      competencePercent: 8.2,
      bodiesWorking: false,
      localFdsApproved: 1,
      newHoldersWithoutMentor: 1,
      openDifficultyCases: 0,
    });
    expect(body.rows.map((r) => r.unit.name)).toContain('Kardiologisk Afdeling');
    expect(body.rows.some((r) => r.unit.id === otherDept)).toBe(false);
  });

  it('agrees with each department’s own dashboard', async () => {
    const res = await thomas.agent
      .get(`/api/department-dashboard/hospitals/${ahh}/comparison?asOf=${AS_OF}`)
      .expect(200);
    for (const row of (res.body as HospitalComparison).rows) {
      const d = await dashboard(thomas, row.unit.id);
      expect([row.traineesNow, row.meetingsOverdue, row.onTimeRate12Months, row.withoutFeedback4Weeks]).toEqual([
        d.trainees.total,
        d.meetings.overdue,
        d.meetings.rate12Months,
        d.activity.withoutFeedback.count,
      ]);
      const approved = d.functionDescriptions.filter((f) => f.status === 'APPROVED' || f.status === 'IMPLEMENTED');
      expect(row.localFdsApproved).toBe(approved.length);
      expect(row.newHoldersWithoutMentor).toBe(d.roleHolders.filter((h) => h.isNew && !h.mentor).length);
    }
  });

  it('refuses a hospital outside the scope: Tutorcentret of another hospital, a UAO, another tenant (404)', async () => {
    await karen.agent.get(`/api/department-dashboard/hospitals/${otherHospital}/comparison`).expect(404);
    await mette.agent.get(`/api/department-dashboard/hospitals/${ahh}/comparison`).expect(404);
    await hanne.agent.get(`/api/department-dashboard/hospitals/${ahh}/comparison`).expect(404);
    await susanne.agent.get(`/api/department-dashboard/hospitals/${ahh}/comparison`).expect(404);
    await thomas.agent.get(`/api/department-dashboard/hospitals/${otherHospital}/comparison`).expect(200);
    // A department id is not a hospital.
    await thomas.agent.get(`/api/department-dashboard/hospitals/${dept}/comparison`).expect(404);
  });
});

describe('scope and validation', () => {
  it('lets Tutorcentret and the administrator open the department; the UAO of another department gets 404', async () => {
    expect((await dashboard(karen)).trainees.total).toBe(8);
    expect((await dashboard(thomas)).trainees.total).toBe(8);
    await mette.agent.get(`/api/department-dashboard/${dept}?asOf=${AS_OF}`).expect(404);
  });

  it('refuses Tutorcentret of another hospital (404) and another tenant (404)', async () => {
    await karen.agent.get(`/api/department-dashboard/${otherDept}`).expect(404);
    await thomas.agent.get(`/api/department-dashboard/${otherDept}`).expect(200);
    await susanne.agent.get(`/api/department-dashboard/${dept}`).expect(404);
    await hanne.agent.get(`/api/department-dashboard/${randomUUID()}`).expect(404);
    // A hospital is not a department.
    await thomas.agent.get(`/api/department-dashboard/${ahh}`).expect(404);
  });

  it('refuses trainees and supervisors (403)', async () => {
    await sofie.agent.get(`/api/department-dashboard/${dept}`).expect(403);
    await jens.agent.get(`/api/department-dashboard/${dept}`).expect(403);
    await sofie.agent.get(`/api/department-dashboard/hospitals/${ahh}/comparison`).expect(403);
    await sofie.agent.get('/api/department-dashboard/units').expect(403);
  });

  it('rejects bad input with 400', async () => {
    const bad = await hanne.agent.get(`/api/department-dashboard/${dept}?asOf=17-06-2026`).expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    await hanne.agent.get(`/api/department-dashboard/${dept}?asOf=2026-06-17&asOf=2026-06-18`).expect(400);
    await hanne.agent.get(`/api/department-dashboard/${dept}?unknown=1`).expect(400);
    await hanne.agent.get('/api/department-dashboard/not-a-uuid').expect(400);
  });

  it('offers the pickers the departments and hospitals in scope', async () => {
    const h = (await hanne.agent.get('/api/department-dashboard/units').expect(200)).body;
    expect(h.departments.map((d: { name: string }) => d.name)).toEqual(['Kardiologisk Afdeling', 'Testafdeling']);
    expect(h.hospitals).toEqual([]);
    const k = (await karen.agent.get('/api/department-dashboard/units').expect(200)).body;
    expect(k.hospitals.map((x: { id: string }) => x.id)).toEqual([ahh]);
    expect(k.departments.map((d: { id: string }) => d.id)).toContain(dept);
    expect(k.departments.map((d: { id: string }) => d.id)).not.toContain(otherDept);
    const a = (await thomas.agent.get('/api/department-dashboard/units').expect(200)).body;
    expect(a.hospitals.map((x: { id: string }) => x.id)).toEqual(expect.arrayContaining([ahh, otherHospital]));
  });
});
