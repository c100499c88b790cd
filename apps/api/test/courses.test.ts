import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  todayInDenmark,
  type CourseDetail,
  type CourseList,
  type EscalationChain,
  type MyEscalationChains,
} from '@portal/contracts';
import { createTestApp, HOVEDSTADEN, login, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

let t: TestApp;
let uao: LoggedIn; // Mette Kjær: UAO + SUPERVISOR, AHH Kardiologisk Afdeling
let uks: LoggedIn; // Anders Holm: UKS, AHH Kardiologisk Afdeling
let supervisor: LoggedIn; // Jens Mikkelsen: SUPERVISOR, hovedvejleder of Sofie
let trainee: LoggedIn; // Sofie Lindberg: KBU in AHH Kardiologisk Afdeling
let tutor: LoggedIn; // Karen Bech: Tutorcentret AHH (courses:read, not manage)
let cme: LoggedIn; // Lone Friis: no course permission
let sjUao: LoggedIn; // Birgitte Hansen: UAO of MVH Medicinsk Afdeling (other tenant)

const units: Record<string, string> = {};
const people: Record<string, string> = {};
const courses: Record<string, string> = {};

const write = (s: LoggedIn, method: 'post' | 'patch' | 'put' | 'delete', url: string, body?: unknown) => {
  const r = s.agent[method](url).set('x-csrf-token', s.csrf);
  return body === undefined ? r : r.send(body as object);
};
const list = async (s: LoggedIn, qs: string) =>
  (await s.agent.get(`/api/courses?${qs}`).expect(200)).body as CourseList;

beforeAll(async () => {
  t = createTestApp();
  uao = await login(t.app, HOVEDSTADEN, 'mette.kjaer@regionh.dk');
  uks = await login(t.app, HOVEDSTADEN, 'anders.holm@regionh.dk');
  supervisor = await login(t.app, HOVEDSTADEN, 'jens.mikkelsen@regionh.dk');
  trainee = await login(t.app, HOVEDSTADEN, 'sofie.lindberg@regionh.dk');
  tutor = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  cme = await login(t.app, HOVEDSTADEN, 'lone.friis@regionh.dk');
  sjUao = await login(t.app, SJAELLAND, 'birgitte.hansen@regionsjaelland.dk');
  const opts = (await uao.agent.get('/api/courses/form-options').expect(200)).body as {
    units: { id: string; name: string }[];
    placementUnits: { id: string; name: string; kind: string }[];
  };
  units.kard = opts.units.find((u) => u.name === 'Kardiologisk Afdeling')!.id;
  units.akut = opts.placementUnits.find((u) => u.name === 'Akutmodtagelsen')!.id;
  units.practice = opts.placementUnits.find((u) => u.kind === 'PRACTICE')!.id;
  expect(opts.units.map((u) => u.name)).toEqual(['Kardiologisk Afdeling']);
  const tree = (await tutor.agent.get('/api/org-admin/units').expect(200)).body.items as { id: string; kind: string }[];
  units.hospital = tree.find((u) => u.kind === 'HOSPITAL')!.id;
  const all = await list(tutor, 'pageSize=100');
  for (const c of all.items) courses[c.trainee.name] = c.id;
  for (const name of ['Sofie Lindberg', 'Ida Sørensen', 'Rasmus Dahl', 'Ahmad Rahimi', 'Signe Søgaard']) {
    expect(courses[name], name).toBeDefined();
  }
  const cands = async (q: string) =>
    (
      (await uao.agent.get(`/api/courses/trainee-candidates?q=${encodeURIComponent(q)}`).expect(200)).body.items as {
        id: string;
        email: string;
      }[]
    )[0]!.id;
  people.ahmad = await cands('ahmad.rahimi');
  people.jens = supervisor.me.user.id;
  people.mette = uao.me.user.id;
  people.anders = uks.me.user.id;
  people.sofie = trainee.me.user.id;
  people.karen = tutor.me.user.id;
});
afterAll(() => t.close());

describe('the course list', () => {
  it('a UAO sees the courses of their department (and placements in it), not of other departments', async () => {
    const r = await list(uao, 'pageSize=100');
    const names = r.items.map((c) => c.trainee.name);
    expect(names).toContain('Sofie Lindberg');
    expect(names).toContain('Ida Sørensen');
    expect(names).not.toContain('Rasmus Dahl'); // Akutmodtagelsen
    expect(r.items.every((c) => c.unit.name === 'Kardiologisk Afdeling')).toBe(true);
  });

  it('each item carries trainee, unit, track, hovedvejleder and the computed due date', async () => {
    const r = await list(uao, 'q=sofie');
    expect(r.total).toBe(1);
    const c = r.items[0]!;
    expect(c).toMatchObject({
      trainee: { name: 'Sofie Lindberg' },
      unit: { name: 'Kardiologisk Afdeling', kind: 'DEPARTMENT' },
      track: 'KBU',
      startDate: '2026-08-01',
      endDate: '2027-01-31',
      mainSupervisor: { name: 'Jens Mikkelsen' },
      // 2026-08-15 is a Saturday: moved back to Friday the 14th.
      expectationMeetingDue: '2026-08-14',
    });
  });

  it('searches the trainee name case-insensitively, also æ, ø, å', async () => {
    for (const q of ['SØGAARD', 'søgaard', 'Sørensen', 'SØRENSEN']) {
      const r = await list(uao, `q=${encodeURIComponent(q)}`);
      expect(r.items.length, q).toBe(1);
    }
    expect((await list(uao, 'q=nobody-by-this-name')).total).toBe(0);
  });

  it('filters by track and state, sorts by start date and pages', async () => {
    const kbu = await list(tutor, 'track=KBU&pageSize=100');
    expect(kbu.items.every((c) => c.track === 'KBU')).toBe(true);
    const current = await list(tutor, 'state=current&pageSize=100');
    expect(current.items.every((c) => c.state === 'current')).toBe(true);
    const asc = await list(tutor, 'sort=start&pageSize=100');
    const starts = asc.items.map((c) => c.startDate);
    expect(starts).toEqual([...starts].sort());
    const desc = await list(tutor, 'sort=-start&pageSize=100');
    expect(desc.items.map((c) => c.startDate)).toEqual([...starts].reverse());
    const p1 = await list(tutor, 'sort=start&pageSize=2&page=1');
    const p2 = await list(tutor, 'sort=start&pageSize=2&page=2');
    expect(p1.total).toBe(asc.total);
    expect(p1.items.map((c) => c.id)).toEqual(asc.items.slice(0, 2).map((c) => c.id));
    expect(p2.items.map((c) => c.id)).toEqual(asc.items.slice(2, 4).map((c) => c.id));
  });

  it('a unit filter outside the scope answers 404; bad query values 400 with field errors', async () => {
    await uao.agent.get(`/api/courses?unitId=${units.akut}`).expect(404);
    const bad = await uao.agent.get('/api/courses?state=soon&pageSize=1000&unitId=x').expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual(['query.pageSize', 'query.state', 'query.unitId']);
    await uao.agent.get('/api/courses?q=a&q=b').expect(400);
  });

  it('a supervisor, a trainee and a role without courses:read get 403 on the list', async () => {
    await supervisor.agent.get('/api/courses').expect(403);
    await trainee.agent.get('/api/courses').expect(403);
    await cme.agent.get('/api/courses').expect(403);
  });
});

describe('reading one course', () => {
  it('the trainee, the hovedvejleder and the UAO see it, with their relations', async () => {
    const id = courses['Sofie Lindberg']!;
    const asTrainee = (await trainee.agent.get(`/api/courses/${id}`).expect(200)).body as CourseDetail;
    expect(asTrainee.myRelations).toEqual(['trainee']);
    expect(asTrainee.supervisors.map((s) => [s.name, s.isMain])).toEqual([
      ['Jens Mikkelsen', true],
      ['Mette Kjær', false],
    ]);
    const asMain = (await supervisor.agent.get(`/api/courses/${id}`).expect(200)).body as CourseDetail;
    expect(asMain.myRelations.sort()).toEqual(['main-supervisor', 'supervisor']);
    const asUao = (await uao.agent.get(`/api/courses/${id}`).expect(200)).body as CourseDetail;
    expect(asUao.myRelations).toEqual(expect.arrayContaining(['manager', 'reader', 'supervisor']));
  });

  it('a supervisor of another course, a UAO of another department, another tenant and an unrelated role get 404', async () => {
    // Jens does not supervise Ida; Mette is not the UAO of Akutmodtagelsen (Rasmus).
    await supervisor.agent.get(`/api/courses/${courses['Ida Sørensen']}`).expect(404);
    await uao.agent.get(`/api/courses/${courses['Rasmus Dahl']}`).expect(404);
    await sjUao.agent.get(`/api/courses/${courses['Sofie Lindberg']}`).expect(404);
    await cme.agent.get(`/api/courses/${courses['Sofie Lindberg']}`).expect(404);
    // A trainee sees only their own.
    await trainee.agent.get(`/api/courses/${courses['Ida Sørensen']}`).expect(404);
  });

  it("the trainee's own courses", async () => {
    const r = await trainee.agent.get('/api/my/courses').expect(200);
    expect(r.body.items.map((c: { trainee: { name: string } }) => c.trainee.name)).toEqual(['Sofie Lindberg']);
    await supervisor.agent.get('/api/my/courses').expect(403);
  });
});

describe('creating and changing a course', () => {
  let created: CourseDetail;

  it('a UAO creates a KBU course; the due date is start + 14 days, moved to the Friday on a weekend', async () => {
    const res = await write(uao, 'post', '/api/courses', {
      traineeId: people.ahmad,
      unitId: units.kard,
      track: 'KBU',
      startDate: '2027-03-06', // a Saturday; +14 = Saturday 20th → Friday 19th
      endDate: '2027-08-31',
      mainSupervisorId: people.jens,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    created = res.body as CourseDetail;
    expect(created).toMatchObject({
      track: 'KBU',
      expectationMeetingDue: '2027-03-19',
      state: 'upcoming',
      version: 1,
      mainSupervisor: { name: 'Jens Mikkelsen' },
    });
    const audit = await tutor.agent.get(`/api/audit-events?entityType=course&entityId=${created.id}`).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('course.created');
  });

  it('a course for a person without a TRAINEE role gives them one for the course period (once), so they see it', async () => {
    const today = todayInDenmark();
    const body = {
      traineeId: people.anders,
      unitId: units.kard,
      track: 'INTRODUCTION',
      startDate: today,
      endDate: '2099-12-31',
    };
    const first = await write(uao, 'post', '/api/courses', body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await write(uao, 'post', '/api/courses', { ...body, track: 'SPECIALIST' });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const anders = await login(t.app, HOVEDSTADEN, 'anders.holm@regionh.dk');
    const traineeRoles = anders.me.assignments.filter((a) => a.role === 'TRAINEE');
    expect(traineeRoles).toHaveLength(1);
    expect(traineeRoles[0]).toMatchObject({ unit: { id: units.kard }, validFrom: today, validTo: '2099-12-31' });
    const mine = (await anders.agent.get('/api/my/courses').expect(200)).body as { items: { id: string }[] };
    expect(mine.items.map((c) => c.id)).toEqual(expect.arrayContaining([first.body.id, second.body.id]));
    const audit = await tutor.agent
      .get(`/api/audit-events?entityType=role_assignment&entityId=${traineeRoles[0]!.id}`)
      .expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('role-assignment.created');
  });

  it('changing the start date or track moves the due date; a stale version answers 409', async () => {
    const moved = await write(uao, 'patch', `/api/courses/${created.id}`, {
      version: 1,
      unitId: units.kard,
      track: 'INTRODUCTION',
      specialtyId: null,
      startDate: '2027-03-01',
      endDate: '2027-08-31',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ version: 2, track: 'INTRODUCTION', expectationMeetingDue: '2027-03-29' });
    const stale = await write(uks, 'patch', `/api/courses/${created.id}`, {
      version: 1,
      unitId: units.kard,
      track: 'KBU',
      specialtyId: null,
      startDate: '2027-03-01',
      endDate: '2027-08-31',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('version 2');
  });

  it('validates: end before start, unknown trainee, out-of-scope unit, ineligible hovedvejleder', async () => {
    const base = {
      traineeId: people.ahmad,
      unitId: units.kard,
      track: 'KBU',
      startDate: '2027-03-01',
      endDate: '2027-08-31',
    };
    const order = await write(uao, 'post', '/api/courses', { ...base, endDate: '2027-01-01' }).expect(400);
    expect(order.body.errors).toEqual([expect.objectContaining({ path: 'body.endDate' })]);
    const shape = await write(uao, 'post', '/api/courses', { ...base, track: 'PHD', traineeId: ['x'], extra: 1 });
    expect(shape.status).toBe(400);
    expect((shape.body.errors as { path: string }[]).map((e) => e.path)).toEqual(
      expect.arrayContaining(['body.track', 'body.traineeId']),
    );
    const unknown = await write(uao, 'post', '/api/courses', {
      ...base,
      traineeId: '00000000-0000-4000-8000-000000000000',
    }).expect(400);
    expect(unknown.body.errors[0].path).toBe('body.traineeId');
    await write(uao, 'post', '/api/courses', { ...base, unitId: units.akut }).expect(404);
    // Karen Bech (Tutorcentret) holds no SUPERVISOR/UAO/UKS role in the department.
    const notEligible = await write(uao, 'post', '/api/courses', { ...base, mainSupervisorId: people.karen }).expect(
      400,
    );
    expect(notEligible.body.errors[0]).toMatchObject({ path: 'body.mainSupervisorId', code: 'not_eligible' });
    const self = await write(uao, 'post', '/api/courses', { ...base, mainSupervisorId: people.ahmad }).expect(400);
    expect(self.body.errors[0].path).toBe('body.mainSupervisorId');
  });

  it('refuses writes without courses:manage (403) and by managers of other departments or tenants (404)', async () => {
    const body = {
      version: 1,
      unitId: units.kard,
      track: 'KBU',
      specialtyId: null,
      startDate: '2026-08-01',
      endDate: '2027-01-31',
    };
    await write(tutor, 'post', '/api/courses', {
      traineeId: people.ahmad,
      unitId: units.kard,
      track: 'KBU',
      startDate: '2027-03-01',
      endDate: '2027-08-31',
    }).expect(403);
    await write(supervisor, 'patch', `/api/courses/${courses['Sofie Lindberg']}`, body).expect(403);
    await write(uao, 'patch', `/api/courses/${courses['Rasmus Dahl']}`, body).expect(404);
    await write(sjUao, 'patch', `/api/courses/${courses['Sofie Lindberg']}`, body).expect(404);
    await write(sjUao, 'post', `/api/courses/${courses['Sofie Lindberg']}/supervisors`, {
      supervisorId: people.jens,
    }).expect(404);
  });

  it('supervisors: exactly one hovedvejleder; switching is one step; eligibility is checked', async () => {
    const id = created.id;
    const cands = (await uao.agent.get(`/api/courses/${id}/supervisor-candidates`).expect(200)).body.items as {
      name: string;
    }[];
    expect(cands.map((c) => c.name)).toEqual(expect.arrayContaining(['Jens Mikkelsen', 'Mette Kjær', 'Anders Holm']));
    expect(cands.map((c) => c.name)).not.toContain('Karen Bech');
    const added = await write(uao, 'post', `/api/courses/${id}/supervisors`, {
      supervisorId: people.anders,
      isMain: true,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect((added.body as CourseDetail).supervisors.filter((s) => s.isMain).map((s) => s.name)).toEqual([
      'Anders Holm',
    ]);
    const dup = await write(uao, 'post', `/api/courses/${id}/supervisors`, { supervisorId: people.anders });
    expect(dup.status).toBe(409);
    await write(uao, 'post', `/api/courses/${id}/supervisors`, { supervisorId: people.karen }).expect(400);
    const switched = await write(uao, 'put', `/api/courses/${id}/main-supervisor`, {
      supervisorId: people.jens,
    }).expect(200);
    const sups = (switched.body as CourseDetail).supervisors;
    expect(sups.filter((s) => s.isMain).map((s) => s.name)).toEqual(['Jens Mikkelsen']);
    expect(sups.map((s) => s.name).sort()).toEqual(['Anders Holm', 'Jens Mikkelsen']);
    await write(uao, 'put', `/api/courses/${id}/main-supervisor`, { supervisorId: people.mette }).expect(400);
    const removed = await write(uao, 'delete', `/api/courses/${id}/supervisors/${people.jens}`).expect(200);
    expect((removed.body as CourseDetail).mainSupervisor).toBeNull();
    await write(uao, 'delete', `/api/courses/${id}/supervisors/${people.jens}`).expect(404);
  });

  it('placements: departments and practices only, within the course period', async () => {
    const id = created.id;
    const ok = await write(uao, 'post', `/api/courses/${id}/placements`, {
      unitId: units.practice,
      startDate: '2027-05-01',
      endDate: '2027-08-31',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    const placement = (ok.body as CourseDetail).placements[0]!;
    expect(placement.unit.kind).toBe('PRACTICE');
    // The practice's general-practice coordinator (AMU) now reads the course; before, 404.
    const amu = await login(t.app, HOVEDSTADEN, 'peter.juhl@regionh.dk');
    const asAmu = (await amu.agent.get(`/api/courses/${id}`).expect(200)).body as CourseDetail;
    expect(asAmu.myRelations).toEqual(['reader']);
    const hospital = await write(uao, 'post', `/api/courses/${id}/placements`, {
      unitId: units.hospital,
      startDate: '2027-05-01',
      endDate: '2027-06-30',
    });
    expect(hospital.status).toBe(400);
    await write(uao, 'post', `/api/courses/${id}/placements`, {
      unitId: units.akut,
      startDate: '2027-01-01',
      endDate: '2027-06-30',
    }).expect(400);
    await write(uao, 'delete', `/api/courses/${id}/placements/${placement.id}`).expect(200);
    await write(uao, 'delete', `/api/courses/${id}/placements/${placement.id}`).expect(404);
    await amu.agent.get(`/api/courses/${id}`).expect(404);
  });

  it('cancel keeps the course (history) and freezes it', async () => {
    const current = (await uao.agent.get(`/api/courses/${created.id}`).expect(200)).body as CourseDetail;
    const cancelled = await write(uao, 'post', `/api/courses/${created.id}/cancel`, {
      version: current.version,
    }).expect(200);
    expect(cancelled.body.state).toBe('cancelled');
    expect((await list(uao, 'q=ahmad&state=cancelled')).items.map((c) => c.id)).toContain(created.id);
    expect((await list(uao, 'q=ahmad')).items.map((c) => c.id)).not.toContain(created.id);
    await write(uao, 'post', `/api/courses/${created.id}/cancel`, { version: current.version + 1 }).expect(409);
    await write(uao, 'post', `/api/courses/${created.id}/supervisors`, { supervisorId: people.jens }).expect(409);
  });
});

describe('escalation chain', () => {
  it('the trainee sees the seeded chain of their department with names resolved', async () => {
    const r = (await trainee.agent.get('/api/my/escalation-chains').expect(200)).body as MyEscalationChains;
    expect(r.items).toHaveLength(1);
    const steps = r.items[0]!.steps;
    expect(r.items[0]!.unit.name).toBe('Kardiologisk Afdeling');
    expect(steps.map((s) => s.label)).toEqual([
      'Din hovedvejleder',
      'Bagvagt',
      'UAO',
      'UKS',
      'Cheflæge',
      'Tutorcentret',
    ]);
    expect(steps[0]!.people.map((p) => p.name)).toEqual(['Jens Mikkelsen']);
    expect(steps[1]).toMatchObject({ kind: 'TEXT', phone: '3862 4100', people: [] });
    expect(steps[2]!.people.map((p) => p.name)).toEqual(['Mette Kjær']);
    expect(steps[3]!.people.map((p) => p.name)).toEqual(['Anders Holm']);
    expect(steps[4]!.people.map((p) => p.name)).toEqual(['Hanne Vestergaard']);
    expect(steps[5]!.people.map((p) => p.name)).toEqual(['Karen Bech']);
    await supervisor.agent.get('/api/my/escalation-chains').expect(403);
    // A second (coming) course in the same department: still one chain, with the current course's hovedvejleder.
    await write(uao, 'post', '/api/courses', {
      traineeId: people.sofie,
      unitId: units.kard,
      track: 'KBU',
      startDate: '2027-02-01',
      endDate: '2027-07-31',
      mainSupervisorId: people.anders,
    }).expect(201);
    const again = (await trainee.agent.get('/api/my/escalation-chains').expect(200)).body as MyEscalationChains;
    expect(again.items).toHaveLength(1);
    expect(again.items[0]!.steps[0]!.people.map((p) => p.name)).toEqual(['Jens Mikkelsen']);
  });

  it('the UAO edits the chain with a version; a stale version answers 409; the trainee sees the change', async () => {
    const chain = (await uao.agent.get(`/api/escalation-chains/${units.kard}`).expect(200)).body as EscalationChain;
    expect(chain.version).toBe(1);
    expect(chain.people.map((p) => p.name)).toContain('Jens Mikkelsen');
    const steps = [
      { label: 'Bagvagt', kind: 'TEXT', text: 'Kardiologisk bagvagt', phone: '3862 4100' },
      { label: 'Din hovedvejleder', kind: 'ROLE', role: 'MAIN_SUPERVISOR' },
      { label: 'Vejleder', kind: 'PERSON', personId: people.jens, note: 'Hverdage' },
    ];
    const saved = await write(uao, 'put', `/api/escalation-chains/${units.kard}`, { version: 1, steps });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    const stale = await write(uks, 'put', `/api/escalation-chains/${units.kard}`, { version: 1, steps: [] });
    expect(stale.status).toBe(409);
    const mine = (await trainee.agent.get('/api/my/escalation-chains').expect(200)).body as MyEscalationChains;
    expect(mine.items[0]!.steps.map((s) => [s.position, s.label])).toEqual([
      [1, 'Bagvagt'],
      [2, 'Din hovedvejleder'],
      [3, 'Vejleder'],
    ]);
    const audit = await tutor.agent.get('/api/audit-events?entityType=escalation_chain').expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('escalation-chain.updated');
  });

  it('validates steps (field errors) and keeps the chain to the manager’s departments', async () => {
    const bad = await write(uao, 'put', `/api/escalation-chains/${units.kard}`, {
      version: 2,
      steps: [
        { label: '', kind: 'ROLE' },
        { label: 'X', kind: 'PERSON' },
        { label: 'Y', kind: 'TEXT', phone: 'ring mig' },
      ],
    }).expect(400);
    const paths = (bad.body.errors as { path: string }[]).map((e) => e.path).sort();
    expect(paths).toEqual([
      'body.steps.0.label',
      'body.steps.0.role',
      'body.steps.1.personId',
      'body.steps.2.phone',
      'body.steps.2.text',
    ]);
    const unknown = await write(uao, 'put', `/api/escalation-chains/${units.kard}`, {
      version: 2,
      steps: [{ label: 'X', kind: 'PERSON', personId: '00000000-0000-4000-8000-000000000000' }],
    }).expect(400);
    expect(unknown.body.errors[0].path).toBe('body.steps.0.personId');
    await uao.agent.get(`/api/escalation-chains/${units.akut}`).expect(404);
    await write(uao, 'put', `/api/escalation-chains/${units.akut}`, { version: 0, steps: [] }).expect(404);
    await sjUao.agent.get(`/api/escalation-chains/${units.kard}`).expect(404);
    await tutor.agent.get(`/api/escalation-chains/${units.kard}`).expect(403);
    const mine = (await uao.agent.get('/api/escalation-chains').expect(200)).body.items as { unit: { name: string } }[];
    expect(mine.map((i) => i.unit.name)).toEqual(['Kardiologisk Afdeling']);
  });
});

describe('intake import (CSV and XLSX)', () => {
  const csv = (lines: string[]) => ({
    fileName: 'hold.csv',
    contentType: 'text/csv',
    contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64'),
  });
  const header = 'e-mail;afdeling;navn;forløbstype;speciale;startdato;slutdato;hovedvejleder e-mail';
  const good = [
    'asta.hjorth@regionh.dk;Kardiologisk Afdeling;Asta Hjørth;KBU;;01-02-2027;31-07-2027;jens.mikkelsen@regionh.dk',
    'ahmad.rahimi@regionh.dk;AHH / Kardiologisk Afdeling;;Introduktion;Intern medicin: kardiologi;2027-08-01;2028-07-31;mette.kjaer@regionh.dk',
    'asta.hjorth@regionh.dk;Kardiologisk Afdeling;Asta Hjørth;Hoveduddannelse;;01-08-2027;31-07-2028;',
  ];

  it('previews every row with its errors; a malformed row blocks the commit and nothing is written', async () => {
    const bad = [
      ...good,
      'ny.person@regionh.dk;Akutmodtagelsen;;PhD;;31-02-2027;01-01-2027;karen.bech@regionh.dk',
      'ikke-en-mail;Kardiologisk Afdeling;X;KBU;;01-02-2027;31-01-2027;jens.mikkelsen@regionh.dk',
    ];
    const p = await write(uao, 'post', '/api/imports/courses/preview', csv([header, ...bad])).expect(200);
    expect(p.body.summary).toMatchObject({ rows: 5, ok: 3, errors: 2, toCreate: 3 });
    const issues = (row: number) =>
      (p.body.rows as { row: number; issues: { field: string; code: string }[] }[])
        .find((r) => r.row === row)!
        .issues.map((i) => `${i.field}:${i.code}`)
        .sort();
    expect(issues(5)).toEqual([
      'name:REQUIRED',
      'startDate:INVALID_DATE',
      'track:UNKNOWN_TRACK',
      'unit:UNIT_OUT_OF_SCOPE',
    ]);
    expect(issues(6)).toEqual(['email:INVALID_EMAIL', 'endDate:DATE_ORDER']);
    const before = (await list(uao, 'pageSize=100')).total;
    const commit = await write(uao, 'post', '/api/imports/courses/commit', csv([header, ...bad]));
    expect(commit.status).toBe(400);
    expect(commit.body.errors.map((e: { path: string }) => e.path)).toContain('rows.5.track');
    expect((await list(uao, 'pageSize=100')).total).toBe(before);
    expect((await uao.agent.get('/api/courses/trainee-candidates?q=asta.hjorth').expect(200)).body.items).toEqual([]);
  });

  it('commits a whole intake: missing trainees are created with a TRAINEE role for the course period', async () => {
    const res = await write(uao, 'post', '/api/imports/courses/commit', csv([header, ...good]));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'courses', created: 3, skipped: 0 });
    const r = await list(uao, `q=${encodeURIComponent('HJØRTH')}&sort=start`);
    expect(r.items.map((c) => [c.track, c.startDate, c.mainSupervisor?.name ?? null])).toEqual([
      ['KBU', '2027-02-01', 'Jens Mikkelsen'],
      ['SPECIALIST', '2027-08-01', null],
    ]);
    const asta = r.items[0]!.trainee.id;
    const people = await tutor.agent.get(`/api/people/${asta}`);
    expect(people.status, JSON.stringify(people.body)).toBe(200);
    const roles = JSON.stringify(people.body);
    expect(roles).toContain('TRAINEE');
    expect(roles).toContain('2027-02-01');
    // The same file again: every course exists already, rows are skipped (nothing created twice).
    const again = await write(uao, 'post', '/api/imports/courses/preview', csv([header, ...good])).expect(200);
    expect(again.body.summary).toMatchObject({ toCreate: 0, toSkip: 3 });
  });

  it('reads the intake from an Excel file too', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hold');
    ws.addRow(header.split(';'));
    ws.addRow([
      'lea.moller@regionh.dk',
      'Kardiologisk Afdeling',
      'Lea Møller',
      'KBU',
      '',
      '2027-02-01',
      '2027-07-31',
      '',
    ]);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await write(uao, 'post', '/api/imports/courses/commit', {
      fileName: 'hold.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: buf.toString('base64'),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await list(uao, 'q=m%C3%B8ller')).items.map((c) => c.expectationMeetingDue)).toEqual(['2027-02-15']);
  });

  it('only a courses:manage holder may import courses', async () => {
    await write(tutor, 'post', '/api/imports/courses/preview', csv([header, ...good])).expect(403);
  });
});
