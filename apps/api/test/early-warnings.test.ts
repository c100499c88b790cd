import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysBetween,
  expectationMeetingDueDate,
  feedbackDaysBefore,
  todayInDenmark,
  type EarlyWarningCourse,
  type EarlyWarnings,
} from '@portal/contracts';
import { withTenant } from '../src/lib/db.js';
import type { AuthedCtx } from '../src/lib/route.js';
import { loadPrincipal } from '../src/modules/auth/principal.repository.js';
import { earlyWarnings } from '../src/modules/early-warnings/early-warnings.service.js';
import { createTestApp, HOVEDSTADEN, login, ownerClient, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

/**
 * Early-warning signals: who sees which course, the thresholds by hand, the open-case flag, and
 * that a GET writes nothing (the row count of every table is the same before and after).
 */

let t: TestApp;
let tenantId: string;
let kardId: string;
let jensId: string;
let metteId: string;
let jens: LoggedIn;
let mette: LoggedIn;
let hanne: LoggedIn;
let sofie: LoggedIn;
let anders: LoggedIn;
let birgitte: LoggedIn;
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

async function newCourse(o: {
  track: 'KBU' | 'INTRODUCTION';
  startDaysAgo: number;
  endInDays: number;
  supervisors: { id: string; main: boolean }[];
}): Promise<{ courseId: string; name: string }> {
  const traineeId = randomUUID();
  const courseId = randomUUID();
  const name = `Varsellæge ${courseId.slice(0, 8)}`;
  await sql(`INSERT INTO app_user (id, tenant_id, email, name, updated_at) VALUES ($1, $2, $3, $4, now())`, [
    traineeId,
    tenantId,
    `ew-${courseId}@regionh.dk`,
    name,
  ]);
  await sql(
    `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, start_date, end_date, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7::date, now())`,
    [courseId, tenantId, traineeId, kardId, o.track, daysAgo(o.startDaysAgo), daysAgo(-o.endInDays)],
  );
  for (const s of o.supervisors)
    await sql(
      `INSERT INTO course_supervisor (id, tenant_id, course_id, supervisor_id, is_main) VALUES ($1, $2, $3, $4, $5)`,
      [randomUUID(), tenantId, courseId, s.id, s.main],
    );
  return { courseId, name };
}

async function feedback(courseId: string, givenOn: string, concern = false) {
  await sql(
    `INSERT INTO feedback_record (id, tenant_id, course_id, giver_id, given_on, went_well, to_improve, next_step, concern, updated_at)
     VALUES ($1, $2, $3, $4, $5::date, 'a', 'b', 'c', $6, now())`,
    [randomUUID(), tenantId, courseId, jensId, givenOn, concern],
  );
}

async function warnings(s: LoggedIn): Promise<EarlyWarnings> {
  const res = await s.agent.get('/api/early-warnings');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as EarlyWarnings;
}
const itemOf = (w: EarlyWarnings, courseId: string): EarlyWarningCourse | undefined =>
  w.items.find((i) => i.courseId === courseId);
const kinds = (i: EarlyWarningCourse | undefined) => (i?.signals ?? []).map((s) => s.kind);

/** Rows of every table of the tenant (sessions and login throttling excepted). */
async function rowCounts(): Promise<Record<string, number>> {
  const tables = await sql<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
        AND table_name NOT IN ('session', 'login_throttle', '_prisma_migrations')
      ORDER BY table_name`,
  );
  const parts = tables.map((x) => `SELECT '${x.table_name}' AS t, count(*)::int AS n FROM "${x.table_name}"`);
  const rows = await sql<{ t: string; n: number }>(parts.join(' UNION ALL '));
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

let courseA: string; // Jens hovedvejleder, INTRODUCTION, started 100 days ago: meeting overdue, no feedback
let courseB: string; // Mette hovedvejleder, Jens supervisor (not main): KBU, 72 % elapsed, competences behind
let courseC: string; // Jens hovedvejleder, all well: meeting held, recent feedback

beforeAll(async () => {
  t = createTestApp();
  [jens, mette, hanne, sofie, anders, birgitte] = await Promise.all([
    login(t.app, HOVEDSTADEN, 'jens.mikkelsen@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'hanne.vestergaard@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk'),
    login(t.app, HOVEDSTADEN, 'anders.holm@regionh.dk'),
    login(t.app, SJAELLAND, 'birgitte.hansen@regionsjaelland.dk'),
  ]);
  tenantId = jens.me.tenant.id;
  jensId = jens.me.user.id;
  metteId = mette.me.user.id;
  kardId = (await sql<{ id: string }>(`SELECT id FROM org_unit WHERE name = 'Kardiologisk Afdeling' LIMIT 1`))[0]!.id;
  courseA = (
    await newCourse({
      track: 'INTRODUCTION',
      startDaysAgo: 100,
      endInDays: 200,
      supervisors: [{ id: jensId, main: true }],
    })
  ).courseId;
  courseB = (
    await newCourse({
      track: 'KBU',
      startDaysAgo: 130,
      endInDays: 50,
      supervisors: [
        { id: metteId, main: true },
        { id: jensId, main: false },
      ],
    })
  ).courseId;
  courseC = (
    await newCourse({
      track: 'INTRODUCTION',
      startDaysAgo: 60,
      endInDays: 300,
      supervisors: [{ id: jensId, main: true }],
    })
  ).courseId;
  // B: meeting held and feedback a week ago, so only the competence rule can fire.
  await sql(
    `INSERT INTO expectation_meeting (id, tenant_id, course_id, held_on, updated_at) VALUES ($1, $2, $3, $4::date, now())`,
    [randomUUID(), tenantId, courseB, daysAgo(120)],
  );
  await feedback(courseB, daysAgo(7));
  // C: meeting held, feedback 10 days ago; a concern flagged 91 days ago no longer counts.
  await sql(
    `INSERT INTO expectation_meeting (id, tenant_id, course_id, held_on, updated_at) VALUES ($1, $2, $3, $4::date, now())`,
    [randomUUID(), tenantId, courseC, daysAgo(40)],
  );
  await feedback(courseC, daysAgo(10));
  await feedback(courseC, daysAgo(91), true);
});
afterAll(() => t.close());

describe('GET /api/early-warnings', () => {
  it('is refused (403) without early-warnings:read: trainee, UKS, cheflæge', async () => {
    for (const s of [sofie, anders, hanne]) {
      const res = await s.agent.get('/api/early-warnings');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
  });

  it('writes nothing: the service runs in a READ ONLY transaction, and the route leaves no audit row', async () => {
    // 1. The service itself, in a transaction PostgreSQL keeps read-only (any INSERT/UPDATE/DELETE
    //    would fail), with an audit that fails the test if called. Independent of other test files.
    const principal = (await withTenant(t.db, tenantId, (tx) => loadPrincipal(tx, tenantId, metteId)))!;
    const res = await t.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET TRANSACTION READ ONLY');
      await tx.$queryRaw`SELECT set_config('app.tenant_id', ${tenantId}, true)`;
      const ctx = {
        tx,
        tenantId,
        principal,
        audit: () => Promise.reject(new Error('early warnings must not audit')),
      } as unknown as AuthedCtx;
      return earlyWarnings(ctx);
    });
    expect(res.items.length).toBeGreaterThan(0);
    // 2. The route, as a supervisor nobody else uses (hovedvejleder of a course that fires): no audit
    //    row, and every table of the tenant has the same number of rows before and after (retried
    //    while other test files write).
    const uaoId = randomUUID();
    const email = `ew-sup-${uaoId.slice(0, 8)}@regionh.dk`;
    await sql(
      `INSERT INTO app_user (id, tenant_id, email, name, password_hash, updated_at)
       SELECT $1, $2, $3, 'Varsel-vejleder', password_hash, now() FROM app_user WHERE email = 'sofie.lindberg@regionh.dk'`,
      [uaoId, tenantId, email],
    );
    await sql(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from) VALUES ($1, $2, $3, 'SUPERVISOR', $4, $5::date)`,
      [randomUUID(), tenantId, uaoId, kardId, daysAgo(10)],
    );
    await newCourse({
      track: 'INTRODUCTION',
      startDaysAgo: 90,
      endInDays: 200,
      supervisors: [{ id: uaoId, main: true }],
    });
    const uao = await login(t.app, HOVEDSTADEN, email);
    const audits = async () =>
      (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1`, [uaoId]))[0]!.n;
    const auditsBefore = await audits();
    let same = false;
    for (let attempt = 0; attempt < 5 && !same; attempt++) {
      const before = await rowCounts();
      expect((await warnings(uao)).items.length).toBeGreaterThan(0);
      same = JSON.stringify(await rowCounts()) === JSON.stringify(before);
    }
    expect(same, 'the row counts changed during every one of 5 reads').toBe(true);
    expect(await audits()).toBe(auditsBefore);
  });

  it('fires the meeting and feedback signals with the figures (by hand)', async () => {
    const a = itemOf(await warnings(jens), courseA)!;
    expect(a).toBeDefined();
    const start = daysAgo(100);
    const due = expectationMeetingDueDate({ track: 'INTRODUCTION', startDate: start, endDate: daysAgo(-200) });
    const overdueDays = daysBetween(due, today);
    expect(overdueDays).toBeGreaterThanOrEqual(70); // 100 − 28, or up to 2 more after a weekend move
    const meeting = a.signals.find((s) => s.kind === 'EXPECTATION_MEETING_OVERDUE')!;
    expect(meeting.days).toBe(overdueDays);
    expect(meeting.explanation).toBe(`forventningssamtale ${overdueDays} dage over fristen`);
    const fb = a.signals.find((s) => s.kind === 'NO_RECENT_FEEDBACK')!;
    expect(fb.days).toBe(100);
    expect(fb.explanation).toBe('ingen feedback i 100 dage');
    expect(kinds(a)).not.toContain('COMPETENCE_BEHIND'); // no competence list for the track without a specialty
    expect(a.relations).toEqual(['MAIN_SUPERVISOR']);
    // Feedback 28 days ago still counts as silence; 27 days ago does not.
    await feedback(courseA, daysAgo(28));
    expect(kinds(itemOf(await warnings(jens), courseA))).toContain('NO_RECENT_FEEDBACK');
    await feedback(courseA, daysAgo(27));
    expect(kinds(itemOf(await warnings(jens), courseA))).not.toContain('NO_RECENT_FEEDBACK');
  });

  it('COMPETENCE_BEHIND: 72 % elapsed, fires below 42 % approved and stops at 42 %', async () => {
    const comps = await sql<{ id: string }>(
      `SELECT k.id FROM competence k JOIN competence_list l ON l.id = k.list_id
        WHERE l.track = 'KBU' AND l.specialty_id IS NULL AND l.retired_at IS NULL ORDER BY k.sort_order`,
    );
    const total = comps.length;
    expect(total).toBeGreaterThan(0);
    const elapsed = Math.floor((130 / 180) * 100); // 72
    let b = itemOf(await warnings(mette), courseB)!;
    expect(kinds(b)).toEqual(['COMPETENCE_BEHIND']);
    expect(b.signals[0]!.achievedPct).toBe(0);
    expect(b.signals[0]!.elapsedPct).toBe(elapsed);
    expect(b.signals[0]!.explanation).toBe(`0 % af kompetencerne godkendt efter ${elapsed} % af forløbet`);
    // Approve just enough for floor(approved / total · 100) ≥ 72 − 30 = 42.
    const needed = Math.ceil((42 * total) / 100);
    const approve = async (ids: { id: string }[]) => {
      for (const k of ids)
        await sql(
          `INSERT INTO competence_status (id, tenant_id, course_id, competence_id, status, approved_on, approved_by_id, updated_by_id, updated_at)
           VALUES ($1, $2, $3, $4, 'APPROVED', $5::date, $6, $6, now())`,
          [randomUUID(), tenantId, courseB, k.id, daysAgo(1), metteId],
        );
    };
    await approve(comps.slice(0, needed - 1));
    b = itemOf(await warnings(mette), courseB)!;
    expect(kinds(b)).toEqual(['COMPETENCE_BEHIND']);
    expect(b.signals[0]!.achievedPct).toBe(Math.floor(((needed - 1) / total) * 100));
    await approve(comps.slice(needed - 1, needed));
    expect(itemOf(await warnings(mette), courseB)).toBeUndefined();
  });

  it('FEEDBACK_CONCERN counts concerns of the last 90 days only', async () => {
    expect(itemOf(await warnings(jens), courseC)).toBeUndefined(); // the concern 91 days ago does not count
    await feedback(courseC, daysAgo(89), true);
    await feedback(courseC, daysAgo(3), true);
    const c = itemOf(await warnings(jens), courseC)!;
    expect(kinds(c)).toEqual(['FEEDBACK_CONCERN']);
    expect(c.signals[0]!.count).toBe(2);
  });

  it("TALK_REQUESTED: the trainee's open talk requests of the last 30 days, the count only, never the message", async () => {
    const { courseId } = await newCourse({
      track: 'KBU',
      startDaysAgo: 3,
      endInDays: 170,
      supervisors: [{ id: jensId, main: true }],
    });
    expect(itemOf(await warnings(jens), courseId)).toBeUndefined(); // a fresh course fires nothing
    // … but is among the courses a case can be opened on (the case form asks with all=true).
    const all = await jens.agent.get('/api/early-warnings?all=true');
    expect(all.status).toBe(200);
    expect(itemOf(all.body as EarlyWarnings, courseId)).toMatchObject({ signals: [], mayOpenCase: true });
    const traineeId = (await sql<{ trainee_id: string }>(`SELECT trainee_id FROM course WHERE id = $1`, [courseId]))[0]!
      .trainee_id;
    const request = (state: string, daysBack: number) =>
      sql(
        `INSERT INTO talk_request (id, tenant_id, course_id, trainee_id, unit_id, requested_of_id, message, state,
                                   held_on, resolved_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'HEMMELIG BESKED', $7, $8::date, CASE WHEN $7 = 'OPEN' THEN NULL ELSE now() END,
                 now() - make_interval(days => $9::int))`,
        [randomUUID(), tenantId, courseId, traineeId, kardId, jensId, state, state === 'HELD' ? today : null, daysBack],
      );
    await request('OPEN', 40); // too old to count
    await request('HELD', 2); // answered: not open
    expect(itemOf(await warnings(jens), courseId)).toBeUndefined();
    await request('OPEN', 5);
    const j = itemOf(await warnings(jens), courseId)!;
    expect(kinds(j)).toEqual(['TALK_REQUESTED']);
    expect(j.signals[0]!.count).toBe(1);
    // The UAO of the department sees the same fact; neither sees the message or whom the trainee asked.
    const m = await warnings(mette);
    expect(kinds(itemOf(m, courseId))).toEqual(['TALK_REQUESTED']);
    expect(JSON.stringify(m)).not.toContain('HEMMELIG BESKED');
  });

  it('who sees which course: UAO of the department and hovedvejleder; not a plain supervisor, not another tenant', async () => {
    await feedback(courseB, daysAgo(40)); // irrelevant; B stays without signals
    const m = await warnings(mette);
    expect(itemOf(m, courseA)?.relations).toEqual(['UAO']);
    expect(itemOf(m, courseC)?.relations).toEqual(['UAO']);
    // Jens is a supervisor of B but not its hovedvejleder: B never appears for him, even when it fires.
    await sql(`DELETE FROM competence_status WHERE course_id = $1`, [courseB]);
    expect(itemOf(await warnings(mette), courseB)).toBeDefined();
    expect(itemOf(await warnings(jens), courseB)).toBeUndefined();
    const other = await warnings(birgitte);
    const body = JSON.stringify(other);
    for (const id of [courseA, courseB, courseC]) expect(body).not.toContain(id);
  });

  it('an open case shows as "sag åben" (its id) and can no longer be opened', async () => {
    expect(itemOf(await warnings(jens), courseA)!.mayOpenCase).toBe(true);
    const res = await jens.agent
      .post('/api/difficulty-cases')
      .set('x-csrf-token', jens.csrf)
      .send({ courseId: courseA, cause: 'TRAINEE', description: 'Bekymring efter signaler.', openedOn: today });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const a = itemOf(await warnings(jens), courseA)!;
    expect(a.openCaseId).toBe(res.body.id);
    expect(a.mayOpenCase).toBe(false);
    expect(itemOf(await warnings(mette), courseA)!.openCaseId).toBe(res.body.id);
  });

  it('the feedback form sets the concern flag: a signal for the hovedvejleder, never shown to the trainee', async () => {
    const [sofieCourse] = await sql<{ id: string }>(
      `SELECT c.id FROM course c JOIN app_user u ON u.id = c.trainee_id WHERE u.email = 'sofie.lindberg@regionh.dk'`,
    );
    const res = await jens.agent.post(`/api/courses/${sofieCourse!.id}/feedback`).set('x-csrf-token', jens.csrf).send({
      givenOn: today,
      setting: 'SHIFT',
      wentWell: 'Venlig over for patienterne.',
      toImprove: 'Virker usikker på vagten.',
      nextStep: 'Vi tager en snak.',
      concern: true,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(JSON.stringify(res.body)).not.toContain('concern');
    expect(kinds(itemOf(await warnings(jens), sofieCourse!.id))).toContain('FEEDBACK_CONCERN');
    const mine = await sofie.agent.get('/api/my/feedback').expect(200);
    const timeline = await sofie.agent.get(`/api/courses/${sofieCourse!.id}/timeline`).expect(200);
    expect(JSON.stringify(mine.body)).toContain('Virker usikker på vagten.');
    expect(JSON.stringify(mine.body)).not.toContain('concern');
    expect(JSON.stringify(timeline.body)).not.toContain('concern');
    const [row] = await sql<{ concern: boolean }>(`SELECT concern FROM feedback_record WHERE id = $1`, [res.body.id]);
    expect(row!.concern).toBe(true);
  });
});
