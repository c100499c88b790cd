import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInDenmark, type CourseCompetences } from '@portal/contracts';
import {
  appRoleClient,
  createTestApp,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let tenantId: string;
let sofie: LoggedIn; // trainee, KBU in Kardiologi (hovedvejleder Jens, also Mette)
let jens: LoggedIn; // supervisor
let mette: LoggedIn; // UAO + supervisor, Kardiologi
let anders: LoggedIn; // UKS, Kardiologi (not a supervisor of Sofie)
let hanne: LoggedIn; // cheflæge, Kardiologi
let karen: LoggedIn; // Tutorcentret, AHH
let thomas: LoggedIn; // regional administrator
let lone: LoggedIn; // CME coordinator: no competence permission
let otherUao: LoggedIn; // UAO of Anæstesiologisk Afdeling (another department)
let lars: LoggedIn; // supervisor in Region Sjælland
let sofieCourse: string;
let signeCourse: string; // supervised by Mette only
let idaCourse: string; // specialist course without a list

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

const userId = (c: pg.Client, email: string) =>
  c.query<{ id: string }>('SELECT id FROM app_user WHERE email = $1', [email]).then((r) => r.rows[0]!.id);
const courseOf = (c: pg.Client, email: string) =>
  c
    .query<{ id: string }>('SELECT c.id FROM course c JOIN app_user u ON u.id = c.trainee_id WHERE u.email = $1', [
      email,
    ])
    .then((r) => r.rows[0]!.id);
const unitId = (c: pg.Client, name: string) =>
  c.query<{ id: string }>('SELECT id FROM org_unit WHERE name = $1', [name]).then((r) => r.rows[0]!.id);

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const competences = (s: LoggedIn, courseId: string) => s.agent.get(`/api/courses/${courseId}/competences`);
const setStatus = (
  s: LoggedIn,
  courseId: string,
  competenceId: string,
  body: { status: string; approvedOn: string | null; version: number },
) => s.agent.put(`/api/courses/${courseId}/competences/${competenceId}`).set('x-csrf-token', s.csrf).send(body);

function item(view: CourseCompetences, code: string) {
  const i = view.items.find((x) => x.competence.code === code);
  if (!i) throw new Error(`no ${code}`);
  return i;
}

beforeAll(async () => {
  t = createTestApp();
  const c = await ownerClient();
  tenantId = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [HOVEDSTADEN])).rows[0]!.id;
  await c.end();
  await asOwner(async (c) => {
    sofieCourse = await courseOf(c, 'sofie.lindberg@regionh.dk');
    signeCourse = await courseOf(c, 'signe.sogaard@regionh.dk');
    idaCourse = await courseOf(c, 'ida.sorensen@regionh.dk');
    // Mikkel Friis (UKS in Anæstesiologi) also becomes UAO there: a UAO of another department.
    await c.query(
      `INSERT INTO role_assignment (id, tenant_id, user_id, role, scope_unit_id, valid_from)
       VALUES ($1, $2, $3, 'UAO', $4, '2025-01-01')`,
      [randomUUID(), tenantId, await userId(c, 'mikkel.friis@regionh.dk'), await unitId(c, 'Anæstesiologisk Afdeling')],
    );
  });
  const h = (email: string) => login(t.app, HOVEDSTADEN, email);
  [sofie, jens, mette, anders, hanne, karen, thomas, lone, otherUao] = await Promise.all([
    h('sofie.lindberg@regionh.dk'),
    h('jens.mikkelsen@regionh.dk'),
    h('mette.kjaer@regionh.dk'),
    h('anders.holm@regionh.dk'),
    h('hanne.vestergaard@regionh.dk'),
    h('karen.bech@regionh.dk'),
    h('thomas.krogh@regionh.dk'),
    h('lone.friis@regionh.dk'),
    h('mikkel.friis@regionh.dk'),
  ]);
  lars = await login(t.app, SJAELLAND, 'lars.norgaard@regionsjaelland.dk');
});
afterAll(() => t.close());

describe('competence catalogue', () => {
  it('lists the region’s lists with their doctor roles and assessment methods', async () => {
    const res = await sofie.agent.get('/api/competence-lists').expect(200);
    const names = res.body.items.map((l: { name: string; competenceCount: number }) => [l.name, l.competenceCount]);
    expect(names).toEqual([
      ['Introduktionsuddannelse i intern medicin: kardiologi', 7],
      ['Klinisk basisuddannelse (KBU)', 10],
    ]);
    const kbu = res.body.items.find((l: { track: string }) => l.track === 'KBU');
    expect(kbu.specialty).toBeNull();
    expect(kbu.sourceUrl).toBe('https://uddannelseslaege.dk');
    const list = await jens.agent.get(`/api/competence-lists/${kbu.id}`).expect(200);
    expect(list.body.competences[0]).toMatchObject({
      code: 'K1',
      doctorRoles: ['MEDICAL_EXPERT', 'COLLABORATOR', 'LEADER'],
      methods: ['STRUCTURED_OBSERVATION', 'COMPETENCE_CARD'],
    });
    expect(list.body.competences.map((c: { code: string }) => c.code)).toHaveLength(10);
  });

  it('refuses a role without the permission (403) and an unknown or foreign list (404)', async () => {
    await lone.agent.get('/api/competence-lists').expect(403);
    await sofie.agent.get(`/api/competence-lists/${randomUUID()}`).expect(404);
    const own = await lars.agent.get('/api/competence-lists').expect(200);
    await sofie.agent.get(`/api/competence-lists/${own.body.items[0].id}`).expect(404);
    await sofie.agent.get('/api/competence-lists/not-a-uuid').expect(400);
  });
});

describe('competence status on a course', () => {
  it('shows the KBU list with the seeded status and counts; what each caller may set', async () => {
    const res = await competences(sofie, sofieCourse).expect(200);
    const view = res.body as CourseCompetences;
    expect(view.list?.name).toBe('Klinisk basisuddannelse (KBU)');
    expect(view.counts).toEqual({ total: 10, notStarted: 4, inProgress: 2, assessed: 1, approved: 3 });
    expect(item(view, 'K1')).toMatchObject({ status: 'APPROVED', approvedBy: { name: 'Jens Mikkelsen' }, version: 1 });
    expect(item(view, 'K2')).toMatchObject({ status: 'NOT_STARTED', approvedOn: null, version: 0 });
    expect(view.settableStatuses).toEqual(['NOT_STARTED', 'IN_PROGRESS']);
    expect(view.officialUrl).toBe('https://uddannelseslaege.dk');
    expect((await competences(jens, sofieCourse).expect(200)).body.settableStatuses).toEqual([
      'NOT_STARTED',
      'IN_PROGRESS',
      'ASSESSED',
      'APPROVED',
    ]);
    expect((await competences(anders, sofieCourse).expect(200)).body.settableStatuses).toHaveLength(4);
    expect((await competences(hanne, sofieCourse).expect(200)).body.settableStatuses).toEqual([]);
    expect((await competences(karen, sofieCourse).expect(200)).body.settableStatuses).toEqual([]);
  });

  it('a course whose track and specialty have no list shows no list', async () => {
    const res = await competences(mette, idaCourse).expect(200);
    expect(res.body.list).toBeNull();
    expect(res.body.items).toEqual([]);
    expect(res.body.counts.total).toBe(0);
  });

  it('scope: a supervisor of another course, another department’s UAO and another tenant get 404', async () => {
    await competences(jens, signeCourse).expect(404);
    await competences(otherUao, sofieCourse).expect(404);
    await competences(lars, sofieCourse).expect(404);
    await competences(lone, sofieCourse).expect(403);
    await competences(sofie, randomUUID()).expect(404);
  });

  it('the trainee may start a competence but never assess or approve it', async () => {
    const view = (await competences(sofie, sofieCourse).expect(200)).body as CourseCompetences;
    const k2 = item(view, 'K2');
    const started = await setStatus(sofie, sofieCourse, k2.competence.id, {
      status: 'IN_PROGRESS',
      approvedOn: null,
      version: 0,
    }).expect(200);
    expect(item(started.body, 'K2')).toMatchObject({ status: 'IN_PROGRESS', version: 1 });
    expect(started.body.counts).toMatchObject({ inProgress: 3, notStarted: 3 });

    const approve = await setStatus(sofie, sofieCourse, k2.competence.id, {
      status: 'APPROVED',
      approvedOn: todayInDenmark(),
      version: 1,
    }).expect(403);
    expect(approve.body.code).toBe('FORBIDDEN');
    await setStatus(sofie, sofieCourse, k2.competence.id, { status: 'ASSESSED', approvedOn: null, version: 1 }).expect(
      403,
    );
    // An assessed competence is not the trainee's to move back.
    const k4 = item(view, 'K4');
    expect(k4.status).toBe('ASSESSED');
    await setStatus(sofie, sofieCourse, k4.competence.id, {
      status: 'IN_PROGRESS',
      approvedOn: null,
      version: k4.version,
    }).expect(403);
  });

  it('approving needs a date: not missing, not in the future, not before the course started', async () => {
    const view = (await competences(jens, sofieCourse).expect(200)).body as CourseCompetences;
    const k7 = item(view, 'K7');
    const bad = async (body: Record<string, unknown>, path: string) => {
      const res = await jens.agent
        .put(`/api/courses/${sofieCourse}/competences/${k7.competence.id}`)
        .set('x-csrf-token', jens.csrf)
        .send(body)
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    };
    await bad({ status: 'APPROVED', approvedOn: null, version: 0 }, 'body.approvedOn');
    await bad({ status: 'ASSESSED', approvedOn: todayInDenmark(), version: 0 }, 'body.approvedOn');
    await bad({ status: 'APPROVED', approvedOn: addDays(todayInDenmark(), 1), version: 0 }, 'body.approvedOn');
    await bad({ status: 'IN_PROGRESS', approvedOn: null, version: -1 }, 'body.version');
    await bad({ status: 'APPROVED', approvedOn: addDays(view.course.startDate, -1), version: 0 }, 'body.approvedOn');
    await bad({ status: 'DONE', approvedOn: null, version: 0 }, 'body.status');
    await bad({ status: ['APPROVED'], approvedOn: null, version: 0 }, 'body.status');
    await bad({ status: 'IN_PROGRESS', approvedOn: null, version: 0, extra: 1 }, 'body');
  });

  it('a supervisor approves with date and approver; a stale version answers 409; history is kept', async () => {
    const view = (await competences(jens, sofieCourse).expect(200)).body as CourseCompetences;
    const k2 = item(view, 'K2'); // started by the trainee above
    const today = todayInDenmark();
    const res = await setStatus(jens, sofieCourse, k2.competence.id, {
      status: 'APPROVED',
      approvedOn: today,
      version: k2.version,
    }).expect(200);
    expect(item(res.body, 'K2')).toMatchObject({
      status: 'APPROVED',
      approvedOn: today,
      approvedBy: { id: jens.me.user.id, name: 'Jens Mikkelsen' },
      version: k2.version + 1,
    });
    expect(res.body.counts.approved).toBe(4);
    // The trainee sees it too.
    expect((await competences(sofie, sofieCourse).expect(200)).body.counts.approved).toBe(4);

    // Someone else edited the same version meanwhile.
    const stale = await setStatus(mette, sofieCourse, k2.competence.id, {
      status: 'ASSESSED',
      approvedOn: null,
      version: k2.version,
    }).expect(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('APPROVED');

    // The department's UKS (not a supervisor of the course) may withdraw the approval: date and approver go.
    const back = await setStatus(anders, sofieCourse, k2.competence.id, {
      status: 'ASSESSED',
      approvedOn: null,
      version: k2.version + 1,
    }).expect(200);
    expect(item(back.body, 'K2')).toMatchObject({ status: 'ASSESSED', approvedOn: null, approvedBy: null });

    const events = await sofie.agent.get(`/api/courses/${sofieCourse}/competence-events`).expect(200);
    const k2Events = events.body.items
      .filter((e: { competence: { code: string } }) => e.competence.code === 'K2')
      .map((e: { fromStatus: string; toStatus: string; approvedOn: string | null; actor: { name: string } }) => [
        e.fromStatus,
        e.toStatus,
        e.approvedOn,
        e.actor.name,
      ]);
    expect(k2Events).toEqual([
      ['APPROVED', 'ASSESSED', null, 'Anders Holm'],
      ['IN_PROGRESS', 'APPROVED', today, 'Jens Mikkelsen'],
      ['NOT_STARTED', 'IN_PROGRESS', null, 'Sofie Lindberg'],
    ]);
    const audit = await asOwner((c) =>
      c.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM audit_event WHERE action = 'competence-status.set' AND entity_id = $1",
        [sofieCourse],
      ),
    );
    expect(audit.rows[0]!.n).toBe(3);
  });

  it('the competence must be on the course’s list', async () => {
    const lists = await jens.agent.get('/api/competence-lists').expect(200);
    const intro = lists.body.items.find((l: { track: string }) => l.track === 'INTRODUCTION');
    const list = await jens.agent.get(`/api/competence-lists/${intro.id}`).expect(200);
    const res = await setStatus(jens, sofieCourse, list.body.competences[0].id, {
      status: 'IN_PROGRESS',
      approvedOn: null,
      version: 0,
    }).expect(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'params.competenceId', code: 'not_on_list' });
    await setStatus(jens, sofieCourse, randomUUID(), { status: 'IN_PROGRESS', approvedOn: null, version: 0 }).expect(
      404,
    );
  });

  it('who may not change: cheflæge and Tutorcentret (403), other supervisors, departments and tenants (404)', async () => {
    const view = (await competences(jens, sofieCourse).expect(200)).body as CourseCompetences;
    const k8 = item(view, 'K8');
    const body = { status: 'IN_PROGRESS', approvedOn: null, version: k8.version };
    await setStatus(hanne, sofieCourse, k8.competence.id, body).expect(403);
    await setStatus(karen, sofieCourse, k8.competence.id, body).expect(403);
    await setStatus(otherUao, sofieCourse, k8.competence.id, body).expect(404);
    await setStatus(lars, sofieCourse, k8.competence.id, body).expect(404);
    // Signe's course is Mette's, not Jens's.
    await setStatus(jens, signeCourse, k8.competence.id, body).expect(404);
    // Nothing changed.
    expect(item((await competences(jens, sofieCourse)).body, 'K8').status).toBe('NOT_STARTED');
  });

  it('the database refuses an approval without date, and history cannot be rewritten by the app role', async () => {
    await expect(
      asOwner(async (c) => {
        const k = await c.query<{ id: string }>("SELECT id FROM competence WHERE code = 'K9'");
        await c.query(
          `INSERT INTO competence_status (id, tenant_id, course_id, competence_id, status, updated_by_id, updated_at)
           VALUES ($1, $2, $3, $4, 'APPROVED', $5, now())`,
          [randomUUID(), tenantId, sofieCourse, k.rows[0]!.id, jens.me.user.id],
        );
      }),
    ).rejects.toThrow(/competence_status_approval_check/);
    const app = await appRoleClient();
    try {
      await app.query('BEGIN');
      await app.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
      await expect(app.query("UPDATE competence_status_event SET to_status = 'APPROVED'")).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.query('ROLLBACK');
      await app.end();
    }
  });
});

describe('progress', () => {
  /**
   * A hand-made department: KBU course A (2 approved, 1 assessed, 1 in progress, plus a status on a
   * competence of another list, which does not count), KBU course B (1 approved, 2 in progress),
   * introduction course C in kardiologi (1 assessed, 1 approved), a cancelled KBU course D and an
   * ended KBU course E (neither counts).
   */
  let deptId: string;
  const courses: Record<string, string> = {};
  beforeAll(async () => {
    await asOwner(async (c) => {
      deptId = randomUUID();
      const ahh = await unitId(c, 'Amager og Hvidovre Hospital');
      await c.query(
        `INSERT INTO org_unit (id, tenant_id, kind, name, parent_id, updated_at)
         VALUES ($1, $2, 'DEPARTMENT', 'Testafdeling for kompetencer', $3, now())`,
        [deptId, tenantId, ahh],
      );
      const kard = (await c.query<{ id: string }>("SELECT id FROM specialty WHERE name = 'Intern medicin: kardiologi'"))
        .rows[0]!.id;
      const trainees = (
        await c.query<{ id: string; name: string }>(
          "SELECT id, name FROM app_user WHERE email IN ('ahmad.rahimi@regionh.dk', 'freja.vinther@regionh.dk', 'oskar.bjerre@regionh.dk') ORDER BY name",
        )
      ).rows; // Ahmad, Freja, Oskar
      const today = todayInDenmark();
      const mk = async (
        key: string,
        trainee: string,
        track: string,
        spec: string | null,
        start: string,
        end: string,
        cancelled = false,
      ) => {
        const id = randomUUID();
        courses[key] = id;
        await c.query(
          `INSERT INTO course (id, tenant_id, trainee_id, unit_id, track, specialty_id, start_date, end_date, cancelled_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
          [id, tenantId, trainee, deptId, track, spec, start, end, cancelled ? new Date() : null],
        );
      };
      await mk('A', trainees[0]!.id, 'KBU', null, addDays(today, -30), addDays(today, 150));
      await mk('B', trainees[1]!.id, 'KBU', null, addDays(today, -10), addDays(today, 170));
      await mk('C', trainees[2]!.id, 'INTRODUCTION', kard, addDays(today, -60), addDays(today, 300));
      await mk('D', trainees[0]!.id, 'KBU', null, addDays(today, -30), addDays(today, 150), true);
      await mk('E', trainees[1]!.id, 'KBU', null, addDays(today, -200), addDays(today, -20));
      const comp = async (code: string) =>
        (await c.query<{ id: string }>('SELECT id FROM competence WHERE code = $1', [code])).rows[0]!.id;
      const st = async (course: string, code: string, status: string) =>
        c.query(
          `INSERT INTO competence_status (id, tenant_id, course_id, competence_id, status, approved_on, approved_by_id, updated_by_id, updated_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
          [
            randomUUID(),
            tenantId,
            courses[course],
            await comp(code),
            status,
            status === 'APPROVED' ? today : null,
            status === 'APPROVED' ? jens.me.user.id : null,
            jens.me.user.id,
          ],
        );
      await st('A', 'K1', 'APPROVED');
      await st('A', 'K2', 'APPROVED');
      await st('A', 'K3', 'ASSESSED');
      await st('A', 'K4', 'IN_PROGRESS');
      await st('A', 'IK1', 'APPROVED'); // not on A's list
      await st('B', 'K1', 'APPROVED');
      await st('B', 'K5', 'IN_PROGRESS');
      await st('B', 'K6', 'IN_PROGRESS');
      await st('C', 'IK1', 'ASSESSED');
      await st('C', 'IK2', 'APPROVED');
      for (const code of ['K1', 'K2', 'K3']) await st('D', code, 'APPROVED');
      await st('E', 'K1', 'APPROVED');
    });
  });

  it('per track and per trainee, as counted by hand', async () => {
    const res = await thomas.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(200);
    expect(res.body.unit.name).toBe('Testafdeling for kompetencer');
    expect(res.body.byTrack).toEqual([
      { track: 'KBU', courses: 2, total: 20, notStarted: 13, inProgress: 3, assessed: 1, approved: 3 },
      { track: 'INTRODUCTION', courses: 1, total: 7, notStarted: 5, inProgress: 0, assessed: 1, approved: 1 },
    ]);
    const per = Object.fromEntries(
      res.body.trainees.map(
        (r: { courseId: string; total: number; approved: number; assessed: number; inProgress: number }) => [
          r.courseId,
          [r.total, r.approved, r.assessed, r.inProgress],
        ],
      ),
    );
    expect(per).toEqual({
      [courses.A!]: [10, 2, 1, 1],
      [courses.B!]: [10, 1, 0, 2],
      [courses.C!]: [7, 1, 1, 0],
    });
  });

  it('is scoped: Tutorcentret of the hospital yes; UKS of another department, another tenant, unknown unit 404; supervisor 403', async () => {
    await karen.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(200);
    await anders.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(404);
    const sj = await login(t.app, SJAELLAND, 'birgitte.hansen@regionsjaelland.dk');
    await sj.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(404);
    await thomas.agent.get(`/api/competences/progress?unitId=${randomUUID()}`).expect(404);
    await jens.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(403);
    await sofie.agent.get(`/api/competences/progress?unitId=${deptId}`).expect(403);
    await thomas.agent.get('/api/competences/progress').expect(400);
    await thomas.agent.get('/api/competences/progress?unitId=x').expect(400);
  });

  it('the department’s own UKS and cheflæge see their department with the demo trainees', async () => {
    const kard = await asOwner((c) => unitId(c, 'Kardiologisk Afdeling'));
    const res = await hanne.agent.get(`/api/competences/progress?unitId=${kard}`).expect(200);
    const sofieRow = res.body.trainees.find((r: { courseId: string }) => r.courseId === sofieCourse);
    expect(sofieRow).toMatchObject({ trainee: { name: 'Sofie Lindberg' }, total: 10 });
    await anders.agent.get(`/api/competences/progress?unitId=${kard}`).expect(200);
  });

  it('mine: the trainee’s own course, the supervisor’s trainees', async () => {
    const own = await sofie.agent.get('/api/competences/mine').expect(200);
    expect(own.body.items.map((i: { courseId: string }) => i.courseId)).toEqual([sofieCourse]);
    const sup = await jens.agent.get('/api/competences/mine').expect(200);
    const names = sup.body.items.map((i: { trainee: { name: string } }) => i.trainee.name).sort();
    expect(names).toEqual(['Ahmad Rahimi', 'Freja Vinther', 'Oskar Bjerre', 'Sofie Lindberg']);
    await lone.agent.get('/api/competences/mine').expect(403);
  });
});
