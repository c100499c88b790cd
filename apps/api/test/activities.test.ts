import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@portal/contracts';
import {
  createTestApp,
  demoUser,
  HOVEDSTADEN,
  login,
  ownerClient,
  SJAELLAND,
  type LoggedIn,
  type TestApp,
} from './helpers.js';

let t: TestApp;
let karen: LoggedIn; // Tutorcentret, AHH
let thomas: LoggedIn; // regional administrator, Region Hovedstaden
let camilla: LoggedIn; // Uddannelsessekretariatet, MVH (the other tenant)
const units: Record<string, string> = {};
let secondHospitalId: string;

async function unitIds(tenantSlug: string) {
  const c = await ownerClient();
  try {
    const tenant = (await c.query<{ id: string }>('SELECT id FROM tenant WHERE slug = $1', [tenantSlug])).rows[0]!.id;
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenant]);
    const rows = (await c.query<{ id: string; name: string }>('SELECT id, name FROM org_unit')).rows;
    await c.query('COMMIT');
    return { tenant, rows };
  } finally {
    await c.end();
  }
}

/** A made-up second hospital in Region Hovedstaden (outside Tutorcentret AHH's scope). */
async function createSecondHospital(tenantId: string): Promise<string> {
  const c = await ownerClient();
  try {
    await c.query('BEGIN');
    await c.query("SELECT set_config('app.tenant_id', $1, true)", [tenantId]);
    const id = randomUUID();
    await c.query(
      `INSERT INTO org_unit (id, tenant_id, kind, name, short_name, updated_at)
       VALUES ($1, $2, 'HOSPITAL', 'Testhospitalet Nord', 'THN', now())`,
      [id, tenantId],
    );
    await c.query('COMMIT');
    return id;
  } finally {
    await c.end();
  }
}

beforeAll(async () => {
  t = createTestApp();
  karen = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  thomas = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
  camilla = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'EDUCATION_CENTRE'));
  const h = await unitIds(HOVEDSTADEN);
  for (const r of h.rows) units[r.name] = r.id;
  const s = await unitIds(SJAELLAND);
  for (const r of s.rows) units[r.name] = r.id;
  secondHospitalId = await createSecondHospital(h.tenant);
});
afterAll(() => t.close());

const AHH = () => units['Amager og Hvidovre Hospital']!;
const KARD = () => units['Kardiologisk Afdeling']!;
const KIR = () => units['Kirurgisk Gastroenterologisk Afdeling']!;
const ORTO = () => units['Ortopædkirurgisk Afdeling']!;

function body(over: Record<string, unknown> = {}) {
  return {
    kind: 'SUPERVISOR_COURSE',
    title: 'Vejlederkursus, modul 1',
    startsOn: '2027-02-01',
    endsOn: '2027-02-02',
    place: 'Tutorcentret, AHH',
    audience: 'SUPERVISORS',
    capacity: 2,
    description: null,
    departmentId: null,
    hospitalId: AHH(),
    ...over,
  };
}

async function create(s: LoggedIn, over: Record<string, unknown> = {}): Promise<Activity> {
  const res = await s.agent.post('/api/activities').set('x-csrf-token', s.csrf).send(body(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Activity;
}

let n = 0;
function register(s: LoggedIn, id: string, who?: Record<string, unknown>) {
  n += 1;
  return s.agent
    .post(`/api/activities/${id}/registrations`)
    .set('x-csrf-token', s.csrf)
    .send(
      who ?? {
        name: `Deltager ${n}`,
        email: `deltager-${n}-${randomUUID().slice(0, 8)}@example.org`,
        department: null,
      },
    );
}
const cancel = (s: LoggedIn, id: string, regId: string) =>
  s.agent.post(`/api/activities/${id}/registrations/${regId}/cancel`).set('x-csrf-token', s.csrf);
const attend = (s: LoggedIn, id: string, items: { registrationId: string; attended: boolean | null }[]) =>
  s.agent.put(`/api/activities/${id}/attendance`).set('x-csrf-token', s.csrf).send({ items });

describe('capacity and waitlist', () => {
  it('registrations beyond capacity are waitlisted; cancelling a seat promotes the first waitlisted', async () => {
    const a = await create(karen);
    const r1 = (await register(karen, a.id)).body as Activity;
    const r2 = (await register(karen, a.id)).body as Activity;
    const r3res = await register(karen, a.id);
    expect(r3res.status).toBe(201);
    const r4 = (await register(karen, a.id)).body as Activity;
    expect(r4.registrations.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED', 'WAITLISTED']);
    expect(r4.registeredCount).toBe(2);
    expect(r4.waitlistedCount).toBe(2);
    const [first, , third, fourth] = r4.registrations;
    expect(r1.registrations).toHaveLength(1);
    expect(r2.registrations).toHaveLength(2);

    // Cancelling a waitlisted one promotes no one.
    const afterW = (await cancel(karen, a.id, fourth!.id).expect(200)).body as Activity;
    expect(afterW.registrations.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED', 'CANCELLED']);

    // Cancelling a seat: the first on the waitlist (the third registration) gets it.
    const after = (await cancel(karen, a.id, first!.id).expect(200)).body as Activity;
    const byId = new Map(after.registrations.map((r) => [r.id, r.status]));
    expect(byId.get(first!.id)).toBe('CANCELLED');
    expect(byId.get(third!.id)).toBe('REGISTERED');
    expect(after.registeredCount).toBe(2);
    expect(after.waitlistedCount).toBe(0);
  });

  it('more seats on edit move the waitlist up; a portal user is registered by id once', async () => {
    const a = await create(karen, { capacity: 1 });
    const jens = (await karen.agent.get('/api/activities/participants?q=jens').expect(200)).body.items[0];
    expect(jens.email).toBe('jens.mikkelsen@regionh.dk');
    await register(karen, a.id, { userId: jens.id }).expect(201);
    const dup = await register(karen, a.id, { userId: jens.id });
    expect(dup.status).toBe(409);
    const w = (await register(karen, a.id).expect(201)).body as Activity;
    expect(w.registrations.map((r) => r.status)).toEqual(['REGISTERED', 'WAITLISTED']);
    expect(w.registrations[0]!.name).toBe('Jens Mikkelsen');
    const edited = await karen.agent
      .put(`/api/activities/${a.id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ ...body({ capacity: 2 }), hospitalId: undefined, state: 'PLANNED', version: w.version });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect((edited.body as Activity).registrations.map((r) => r.status)).toEqual(['REGISTERED', 'REGISTERED']);
  });

  it('two concurrent registrations for the last seat: exactly one gets it', async () => {
    for (let round = 0; round < 3; round++) {
      const a = await create(karen, { capacity: 2 });
      await register(karen, a.id).expect(201);
      const [x, y] = await Promise.all([register(karen, a.id), register(karen, a.id)]);
      expect([x.status, y.status]).toEqual([201, 201]);
      const now = (await karen.agent.get(`/api/activities/${a.id}`).expect(200)).body as Activity;
      expect(now.registrations.filter((r) => r.status === 'REGISTERED')).toHaveLength(2);
      expect(now.registrations.filter((r) => r.status === 'WAITLISTED')).toHaveLength(1);
    }
  });
});

describe('attendance', () => {
  it('is recorded only for registered participants, on or after the day, and marks the activity held', async () => {
    const a = await create(karen, { startsOn: '2026-01-10', endsOn: null, capacity: 1 });
    await register(karen, a.id);
    const full = (await register(karen, a.id)).body as Activity;
    const [reg, wait] = full.registrations;
    const refused = await attend(karen, a.id, [{ registrationId: wait!.id, attended: true }]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0]).toMatchObject({ path: 'body.items.0.attended' });
    const unknown = await attend(karen, a.id, [{ registrationId: randomUUID(), attended: true }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].path).toBe('body.items.0.registrationId');

    const ok = await attend(karen, a.id, [{ registrationId: reg!.id, attended: true }]);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((ok.body as Activity).state).toBe('HELD');
    expect((ok.body as Activity).registrations[0]!.attended).toBe(true);

    const future = await create(karen, { startsOn: '2031-05-01', endsOn: null });
    const f = (await register(karen, future.id)).body as Activity;
    const early = await attend(karen, future.id, [{ registrationId: f.registrations[0]!.id, attended: true }]);
    expect(early.status).toBe(400);
    expect(early.body.errors[0].path).toBe('params.activityId');
  });
});

describe('stats', () => {
  it('counts exactly what was held in the period, in scope', async () => {
    // Fixture in 2019 (no demo data there): known counts.
    const jens = (await karen.agent.get('/api/activities/participants?q=jens').expect(200)).body.items[0].id;
    const mette = (await karen.agent.get('/api/activities/participants?q=mette').expect(200)).body.items[0].id;
    const ext = { name: 'Ekstern Vejleder', email: 'Ekstern.Vejleder@example.org', department: 'Hvidovre' };

    // Course 1 (March): Jens, Mette and the external attend; one absent.
    const c1 = await create(karen, { startsOn: '2019-03-05', endsOn: '2019-03-06', capacity: 10 });
    await register(karen, c1.id, { userId: jens });
    await register(karen, c1.id, { userId: mette });
    await register(karen, c1.id, ext);
    const c1r = ((await register(karen, c1.id)).body as Activity).registrations;
    await attend(
      karen,
      c1.id,
      c1r.map((r, i) => ({ registrationId: r.id, attended: i < 3 })),
    ).expect(200);
    // Course 2 (May): Jens again (same person) and the external (e-mail in another case) attend.
    const c2 = await create(karen, { startsOn: '2019-05-14', endsOn: null, capacity: 10 });
    await register(karen, c2.id, { userId: jens });
    const c2r = ((await register(karen, c2.id, { ...ext, email: 'ekstern.vejleder@EXAMPLE.org' })).body as Activity)
      .registrations;
    await attend(
      karen,
      c2.id,
      c2r.map((r) => ({ registrationId: r.id, attended: true })),
    ).expect(200);
    // A planned course in the period with no attendance recorded: not held, not counted.
    const c3 = await create(karen, { startsOn: '2019-06-01', endsOn: null });
    await register(karen, c3.id);

    // Visits: Kardiologisk twice (both held), Kirurgisk once (held), Ortopædkirurgisk planned.
    const visit = async (departmentId: string, startsOn: string, held: boolean) => {
      const v = await create(karen, {
        kind: 'DEPARTMENT_VISIT',
        title: 'Afdelingsbesøg',
        startsOn,
        endsOn: null,
        capacity: null,
        audience: 'ALL',
        departmentId,
      });
      if (held) {
        await karen.agent
          .put(`/api/activities/${v.id}`)
          .set('x-csrf-token', karen.csrf)
          .send({
            ...body(),
            kind: 'DEPARTMENT_VISIT',
            title: 'Afdelingsbesøg',
            startsOn,
            endsOn: null,
            capacity: null,
            audience: 'ALL',
            departmentId,
            hospitalId: undefined,
            state: 'HELD',
            version: v.version,
          })
          .expect(200);
      }
    };
    await visit(KARD(), '2019-03-20', true);
    await visit(KARD(), '2019-09-02', true);
    await visit(KIR(), '2019-05-07', true);
    await visit(ORTO(), '2019-10-01', false);
    // A theme day (held, 1 attended of 2) in April.
    const td = await create(karen, {
      kind: 'THEME_DAY',
      title: 'Temadag',
      startsOn: '2019-04-11',
      endsOn: null,
      capacity: 100,
      audience: 'ALL',
    });
    await register(karen, td.id);
    const tdr = ((await register(karen, td.id)).body as Activity).registrations;
    await attend(karen, td.id, [
      { registrationId: tdr[0]!.id, attended: true },
      { registrationId: tdr[1]!.id, attended: false },
    ]).expect(200);
    // Outside the period (2020) and in another hospital (2019): not counted for AHH.
    const late = await create(karen, { startsOn: '2020-01-02', endsOn: null });
    const lr = ((await register(karen, late.id, { userId: mette })).body as Activity).registrations;
    await attend(karen, late.id, [{ registrationId: lr[0]!.id, attended: true }]).expect(200);
    const other = await create(thomas, { startsOn: '2019-03-05', endsOn: null, hospitalId: secondHospitalId });
    const or = ((await register(thomas, other.id)).body as Activity).registrations;
    await attend(thomas, other.id, [{ registrationId: or[0]!.id, attended: true }]).expect(200);

    const res = await karen.agent.get('/api/activities/stats?from=2019-01-01&to=2019-12-31').expect(200);
    expect(res.body.supervisorsTrained).toBe(3); // Jens, Mette, the external (one person, two e-mail cases)
    expect(res.body.departmentsVisited).toBe(2); // Kardiologisk and Kirurgisk
    expect(res.body.byKind).toEqual([
      { kind: 'DEPARTMENT_VISIT', held: 3, participants: 0 },
      { kind: 'SUPERVISOR_COURSE', held: 2, participants: 5 },
      { kind: 'THEME_DAY', held: 1, participants: 1 },
      { kind: 'WORKSHOP', held: 0, participants: 0 },
      { kind: 'THEME_HOUR', held: 0, participants: 0 },
    ]);
    expect(res.body.months).toHaveLength(12);
    const m = Object.fromEntries(res.body.months.map((x: { month: string }) => [x.month, x]));
    expect(m['2019-03']).toEqual({ month: '2019-03', held: 2, participants: 3, supervisorsTrained: 3 });
    expect(m['2019-04']).toEqual({ month: '2019-04', held: 1, participants: 1, supervisorsTrained: 0 });
    expect(m['2019-05']).toEqual({ month: '2019-05', held: 2, participants: 2, supervisorsTrained: 2 });
    expect(m['2019-06']).toEqual({ month: '2019-06', held: 0, participants: 0, supervisorsTrained: 0 });
    expect(m['2019-09']).toMatchObject({ held: 1 });

    // One department: only its visits.
    const kard = await karen.agent
      .get(`/api/activities/stats?from=2019-01-01&to=2019-12-31&unitId=${KARD()}`)
      .expect(200);
    expect(kard.body.departmentsVisited).toBe(1);
    expect(kard.body.byKind[0]).toEqual({ kind: 'DEPARTMENT_VISIT', held: 2, participants: 0 });
    expect(kard.body.supervisorsTrained).toBe(0);

    // The regional administrator sees the other hospital too: one more trained supervisor.
    const region = await thomas.agent.get('/api/activities/stats?from=2019-01-01&to=2019-12-31').expect(200);
    expect(region.body.supervisorsTrained).toBe(4);
    expect(region.body.byKind[1]).toEqual({ kind: 'SUPERVISOR_COURSE', held: 3, participants: 6 });
  });

  it('refuses a bad period', async () => {
    const res = await karen.agent.get('/api/activities/stats?from=2019-12-01&to=2019-01-01');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('query.to');
    const arr = await karen.agent.get('/api/activities/stats?from=2019-01-01&from=2019-02-01&to=2019-12-31');
    expect(arr.status).toBe(400);
  });
});

describe('scope', () => {
  it('another hospital’s activity in the same region answers 404 to Tutorcentret AHH, 200 to the region', async () => {
    const other = await create(thomas, { hospitalId: secondHospitalId });
    await thomas.agent.get(`/api/activities/${other.id}`).expect(200);
    const res = await karen.agent.get(`/api/activities/${other.id}`);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await register(karen, other.id).expect(404);
    const list = (await karen.agent.get('/api/activities').expect(200)).body.items as { id: string }[];
    expect(list.some((a) => a.id === other.id)).toBe(false);
    // Nor may she create one there, nor a region-wide one.
    await karen.agent
      .post('/api/activities')
      .set('x-csrf-token', karen.csrf)
      .send(body({ hospitalId: secondHospitalId }))
      .expect(404);
    const wide = await karen.agent
      .post('/api/activities')
      .set('x-csrf-token', karen.csrf)
      .send(body({ hospitalId: null }));
    expect(wide.status).toBe(400);
    expect(wide.body.errors[0].path).toBe('body.hospitalId');
    // The region may.
    await create(thomas, { hospitalId: null });
  });

  it('an MVH activity of the other region answers 404', async () => {
    const mvh = await create(camilla, { hospitalId: units['Midt- og Vestsjællands Hospital'] });
    await camilla.agent.get(`/api/activities/${mvh.id}`).expect(200);
    const res = await karen.agent.get(`/api/activities/${mvh.id}`);
    expect(res.status).toBe(404);
    const upd = await karen.agent
      .put(`/api/activities/${mvh.id}`)
      .set('x-csrf-token', karen.csrf)
      .send({ ...body(), hospitalId: undefined, state: 'PLANNED', version: 1 });
    expect(upd.status).toBe(404);
  });
});

describe('optimistic concurrency', () => {
  it('a stale version answers 409 on the activity and on the visit report', async () => {
    const v = await create(karen, {
      kind: 'DEPARTMENT_VISIT',
      title: 'Afdelingsvendt besøg',
      departmentId: KARD(),
      capacity: null,
      audience: 'ALL',
    });
    const put = (version: number, title: string) =>
      karen.agent
        .put(`/api/activities/${v.id}`)
        .set('x-csrf-token', karen.csrf)
        .send({
          ...body(),
          kind: 'DEPARTMENT_VISIT',
          title,
          departmentId: KARD(),
          capacity: null,
          audience: 'ALL',
          hospitalId: undefined,
          state: 'PLANNED',
          version,
        });
    const first = await put(v.version, 'Besøg, ny titel');
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(v.version + 1);
    const stale = await put(v.version, 'En anden titel');
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain(`version ${v.version + 1}`);
    // The first change stands.
    expect((await karen.agent.get(`/api/activities/${v.id}`)).body.title).toBe('Besøg, ny titel');

    const report = (version: number, text: string) =>
      karen.agent.put(`/api/activities/${v.id}/report`).set('x-csrf-token', karen.csrf).send({ report: text, version });
    await report(v.version + 1, 'Godt uddannelsesmiljø.').expect(200);
    const staleReport = await report(v.version + 1, 'Overskriver');
    expect(staleReport.status).toBe(409);
    expect((await karen.agent.get(`/api/activities/${v.id}`)).body.report).toBe('Godt uddannelsesmiljø.');
  });

  it('follow-ups belong to a visit; the owner is a person in scope or text', async () => {
    const v = await create(karen, { kind: 'DEPARTMENT_VISIT', departmentId: KIR(), capacity: null, audience: 'ALL' });
    const mette = (await karen.agent.get('/api/activities/participants?q=mette').expect(200)).body.items[0].id;
    const added = await karen.agent.post(`/api/activities/${v.id}/follow-ups`).set('x-csrf-token', karen.csrf).send({
      text: 'Fast tid til supervision i vagtplanen',
      ownerUserId: mette,
      ownerText: null,
      dueOn: '2027-03-01',
      done: false,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    expect(added.body.followUps[0]).toMatchObject({ owner: { id: mette, name: 'Mette Kjær' }, done: false });
    const both = await karen.agent
      .post(`/api/activities/${v.id}/follow-ups`)
      .set('x-csrf-token', karen.csrf)
      .send({ text: 'x', ownerUserId: mette, ownerText: 'UAO', dueOn: null, done: false });
    expect(both.status).toBe(400);
    const course = await create(karen);
    const notVisit = await karen.agent
      .post(`/api/activities/${course.id}/follow-ups`)
      .set('x-csrf-token', karen.csrf)
      .send({ text: 'x', ownerUserId: null, ownerText: 'UAO', dueOn: null, done: false });
    expect(notVisit.status).toBe(400);
  });
});

describe('validation', () => {
  const post = (b: unknown) =>
    karen.agent
      .post('/api/activities')
      .set('x-csrf-token', karen.csrf)
      .send(b as object);
  const paths = (res: { body: { errors?: { path: string }[] } }) => (res.body.errors ?? []).map((e) => e.path).sort();

  it('names the fields that are wrong', async () => {
    expect(paths(await post(body({ endsOn: '2027-01-01' })))).toEqual(['body.endsOn']);
    expect(paths(await post(body({ kind: 'DEPARTMENT_VISIT', capacity: null })))).toEqual(['body.departmentId']);
    expect(paths(await post(body({ departmentId: KARD() })))).toEqual(['body.departmentId']);
    expect(paths(await post(body({ capacity: 0 })))).toEqual(['body.capacity']);
    expect(paths(await post(body({ title: ['a', 'b'], kind: 'PARTY' })))).toEqual(['body.kind', 'body.title']);
    expect(paths(await post(body({ title: '   ' })))).toEqual(['body.title']);
    expect(paths(await post(body({ extra: 1 })))).toEqual(['body']);
    const deptAsHospital = await post(body({ hospitalId: KARD() }));
    expect(deptAsHospital.status).toBe(400);
    expect(paths(deptAsHospital)).toEqual(['body.hospitalId']);
  });

  it('a registration is a portal user or a name with a valid e-mail', async () => {
    const a = await create(karen);
    const bad = await register(karen, a.id, { name: 'X', email: 'not-an-email', department: null });
    expect(bad.status).toBe(400);
    const mixed = await register(karen, a.id, { userId: randomUUID(), name: 'X' });
    expect(mixed.status).toBe(400);
    const unknown = await register(karen, a.id, { userId: randomUUID() });
    expect(unknown.status).toBe(404);
  });
});
