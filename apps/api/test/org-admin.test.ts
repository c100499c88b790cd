import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demoUser, HOVEDSTADEN, login, SJAELLAND, type LoggedIn, type TestApp } from './helpers.js';

interface Unit {
  id: string;
  kind: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  specialty: { id: string; name: string } | null;
  closedAt: string | null;
  version: number;
}

let t: TestApp;
let admin: LoggedIn; // TENANT_ADMIN, Region Hovedstaden
let tutor: LoggedIn; // EDUCATION_CENTRE (Tutorcentret), Amager og Hvidovre Hospital
let uao: LoggedIn;
let sjTutor: LoggedIn; // EDUCATION_CENTRE of Region Sjælland
const u: Record<string, Unit> = {};

const rand = () => Math.random().toString(36).slice(2, 8);
const write = (s: LoggedIn, method: 'post' | 'patch' | 'put', url: string, body: unknown) =>
  s.agent[method](url)
    .set('x-csrf-token', s.csrf)
    .send(body as object);
const create = (s: LoggedIn, body: Record<string, unknown>) => write(s, 'post', '/api/org-admin/units', body);
const newDept = async (s: LoggedIn, parentId: string, name = `Testafdeling ${rand()}`) => {
  const res = await create(s, { kind: 'DEPARTMENT', name, parentId });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Unit;
};
const auditOf = async (entityId: string) =>
  (await admin.agent.get(`/api/audit-events?entityType=org_unit&entityId=${entityId}`).expect(200)).body.items as {
    action: string;
    actorId: string;
    data: Record<string, unknown>;
  }[];

beforeAll(async () => {
  t = createTestApp();
  admin = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'TENANT_ADMIN'));
  tutor = await login(t.app, HOVEDSTADEN, 'karen.bech@regionh.dk');
  uao = await login(t.app, HOVEDSTADEN, demoUser(HOVEDSTADEN, 'UAO'));
  sjTutor = await login(t.app, SJAELLAND, demoUser(SJAELLAND, 'EDUCATION_CENTRE'));
  const list = await admin.agent.get('/api/org-admin/units?includeClosed=true').expect(200);
  const byName = (name: string) => (list.body.items as Unit[]).find((x) => x.name === name)!;
  u.ahh = byName('Amager og Hvidovre Hospital');
  u.bfh = byName('Bispebjerg og Frederiksberg Hospital');
  u.kard = byName('Kardiologisk Afdeling');
  u.lunge = byName('Lungemedicinsk Afdeling');
  u.geri = byName('Geriatrisk Afdeling');
  u.gpSyd = byName('Almen praksis, Område Syd');
  u.practice = (list.body.items as Unit[]).find((x) => x.kind === 'PRACTICE')!;
  for (const [k, v] of Object.entries(u)) expect(v, k).toBeDefined();
});
afterAll(() => t.close());

describe('listing the tree', () => {
  it('the region admin sees every unit and may create top-level units', async () => {
    const res = await admin.agent.get('/api/org-admin/units').expect(200);
    const ids = (res.body.items as Unit[]).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([u.ahh!.id, u.bfh!.id, u.gpSyd!.id, u.kard!.id]));
    expect(res.body.canCreateTopLevel).toBe(true);
  });

  it('Tutorcentret sees its hospital and its departments only, and may not create top-level units', async () => {
    const res = await tutor.agent.get('/api/org-admin/units').expect(200);
    const ids = (res.body.items as Unit[]).map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining([u.ahh!.id, u.kard!.id]));
    expect(ids).not.toContain(u.bfh!.id);
    expect(ids).not.toContain(u.lunge!.id);
    expect(ids).not.toContain(u.gpSyd!.id);
    expect(res.body.canCreateTopLevel).toBe(false);
  });

  it('hides closed units unless asked, and keeps them readable', async () => {
    const open = await tutor.agent.get('/api/org-admin/units').expect(200);
    expect((open.body.items as Unit[]).map((x) => x.id)).not.toContain(u.geri!.id);
    const all = await tutor.agent.get('/api/org-admin/units?includeClosed=true').expect(200);
    const geri = (all.body.items as Unit[]).find((x) => x.id === u.geri!.id);
    expect(geri?.closedAt).not.toBeNull();
    const read = await tutor.agent.get(`/api/org-units/${u.geri!.id}`).expect(200);
    expect(read.body.closedAt).not.toBeNull();
  });

  it('a role without org:manage is refused (403)', async () => {
    await uao.agent.get('/api/org-admin/units').expect(403);
  });
});

describe('creating units', () => {
  it('Tutorcentret creates a department in its hospital; the creation is audited', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    expect(d).toMatchObject({ kind: 'DEPARTMENT', parentId: u.ahh!.id, closedAt: null, version: 1 });
    const events = await auditOf(d.id);
    expect(events[0]).toMatchObject({ action: 'org_unit.created', actorId: tutor.me.user.id });
    expect(events[0]!.data).toMatchObject({ kind: 'DEPARTMENT', name: d.name, parentId: u.ahh!.id });
  });

  it('enforces the kinds: department under a hospital, practice under a GP area, top-level without parent', async () => {
    const bad = [
      { kind: 'DEPARTMENT', name: `X ${rand()}`, parentId: u.gpSyd!.id },
      { kind: 'PRACTICE', name: `X ${rand()}`, parentId: u.ahh!.id },
      { kind: 'DEPARTMENT', name: `X ${rand()}`, parentId: u.kard!.id },
      { kind: 'HOSPITAL', name: `X ${rand()}`, parentId: u.ahh!.id },
      { kind: 'DEPARTMENT', name: `X ${rand()}`, parentId: null },
    ];
    for (const body of bad) {
      const res = await create(admin, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[0].path).toBe('body.parentId');
    }
    const practice = await create(admin, { kind: 'PRACTICE', name: `Lægehuset ${rand()}`, parentId: u.gpSyd!.id });
    expect(practice.status).toBe(201);
    const hospital = await create(admin, { kind: 'HOSPITAL', name: `Testhospital ${rand()}`, parentId: null });
    expect(hospital.status).toBe(201);
  });

  it('Tutorcentret cannot create hospitals or GP areas (403), nor units under another hospital or area (404)', async () => {
    expect((await create(tutor, { kind: 'HOSPITAL', name: `H ${rand()}`, parentId: null })).status).toBe(403);
    expect((await create(tutor, { kind: 'GP_AREA', name: `A ${rand()}`, parentId: null })).status).toBe(403);
    const other = await create(tutor, { kind: 'DEPARTMENT', name: `D ${rand()}`, parentId: u.bfh!.id });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('NOT_FOUND');
    expect((await create(tutor, { kind: 'PRACTICE', name: `P ${rand()}`, parentId: u.gpSyd!.id })).status).toBe(404);
    // Control: the same department under BFH is fine for the region admin.
    expect((await create(admin, { kind: 'DEPARTMENT', name: `D ${rand()}`, parentId: u.bfh!.id })).status).toBe(201);
  });

  it('Tutorcentret of another region gets 404 for this region’s hospital', async () => {
    const res = await create(sjTutor, { kind: 'DEPARTMENT', name: `D ${rand()}`, parentId: u.ahh!.id });
    expect(res.status).toBe(404);
  });

  it('refuses a duplicate name among open siblings (409, field error), ignoring case and spaces', async () => {
    for (const name of ['Kardiologisk Afdeling', '  kardiologisk   AFDELING ']) {
      const res = await create(tutor, { kind: 'DEPARTMENT', name, parentId: u.ahh!.id });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('CONFLICT');
      expect(res.body.errors).toEqual([expect.objectContaining({ path: 'body.name', code: 'duplicate' })]);
    }
    // The same name under another hospital is fine; so is the name of a closed sibling.
    expect(
      (await create(admin, { kind: 'DEPARTMENT', name: 'Kardiologisk Afdeling', parentId: u.bfh!.id })).status,
    ).toBe(201);
    const closed = await newDept(tutor, u.ahh!.id);
    await write(tutor, 'post', `/api/org-admin/units/${closed.id}/close`, { version: 1 }).expect(200);
    await newDept(tutor, u.ahh!.id, closed.name);
  });

  it('rejects bad input with field errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'DEPARTMENT', name: '   ', parentId: u.ahh!.id }, 'body.name'],
      [{ kind: 'DEPARTMENT', name: ['a'], parentId: u.ahh!.id }, 'body.name'],
      [{ kind: 'DEPARTMENT', name: 'x'.repeat(201), parentId: u.ahh!.id }, 'body.name'],
      [{ kind: 'WARD', name: 'x', parentId: u.ahh!.id }, 'body.kind'],
      [{ kind: 'DEPARTMENT', name: 'x', parentId: 'nope' }, 'body.parentId'],
      [{ kind: 'DEPARTMENT', name: `x ${rand()}`, parentId: u.ahh!.id, specialtyId: u.ahh!.id }, 'body.specialtyId'],
      [{ kind: 'DEPARTMENT', name: 'x', parentId: u.ahh!.id, tenantId: u.ahh!.id }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await create(tutor, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });
});

describe('renaming and moving', () => {
  it('renames with name, short name and specialty, bumps the version and audits the changes', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    const specialty = u.kard!.specialty!;
    const res = await write(tutor, 'patch', `/api/org-admin/units/${d.id}`, {
      version: 1,
      name: `${d.name} (ny)`,
      shortName: 'TST',
      specialtyId: specialty.id,
    }).expect(200);
    expect(res.body).toMatchObject({ name: `${d.name} (ny)`, shortName: 'TST', specialty, version: 2 });
    const events = await auditOf(d.id);
    expect(events[0]).toMatchObject({ action: 'org_unit.updated' });
    expect(events[0]!.data).toEqual({
      changes: {
        name: { from: d.name, to: `${d.name} (ny)` },
        shortName: { from: null, to: 'TST' },
        specialtyId: { from: null, to: specialty.id },
      },
    });
  });

  it('a stale version answers 409 and says what is current; of concurrent writers exactly one wins', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    const body = (name: string) => ({ version: 1, name, shortName: null, specialtyId: null });
    await write(tutor, 'patch', `/api/org-admin/units/${d.id}`, body(`${d.name} A`)).expect(200);
    const stale = await write(admin, 'patch', `/api/org-admin/units/${d.id}`, body(`${d.name} B`));
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('CONFLICT');
    expect(stale.body.detail).toContain('version 2');
    expect(stale.body.detail).toContain(`${d.name} A`);

    const e = await newDept(tutor, u.ahh!.id);
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) => write(tutor, 'patch', `/api/org-admin/units/${e.id}`, body(`${e.name} ${i}`))),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const after = await tutor.agent.get('/api/org-admin/units').expect(200);
    expect((after.body.items as Unit[]).find((x) => x.id === e.id)?.version).toBe(2);
  });

  it('renaming to an open sibling’s name is refused (409)', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    const res = await write(tutor, 'patch', `/api/org-admin/units/${d.id}`, {
      version: 1,
      name: 'Kardiologisk Afdeling',
      shortName: null,
      specialtyId: null,
    });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe('body.name');
  });

  it('Tutorcentret cannot edit its hospital itself (403) nor another hospital’s department (404)', async () => {
    const own = await write(tutor, 'patch', `/api/org-admin/units/${u.ahh!.id}`, {
      version: u.ahh!.version,
      name: 'AHH omdøbt',
      shortName: null,
      specialtyId: null,
    });
    expect(own.status).toBe(403);
    const other = await write(tutor, 'patch', `/api/org-admin/units/${u.lunge!.id}`, {
      version: u.lunge!.version,
      name: 'Omdøbt',
      shortName: null,
      specialtyId: null,
    });
    expect(other.status).toBe(404);
    const sj = await write(sjTutor, 'post', `/api/org-admin/units/${u.kard!.id}/close`, { version: u.kard!.version });
    expect(sj.status).toBe(404);
  });

  it('moves a department to another hospital (region admin) and audits where from and to', async () => {
    const d = await newDept(admin, u.ahh!.id);
    const res = await write(admin, 'put', `/api/org-admin/units/${d.id}/parent`, { version: 1, parentId: u.bfh!.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ parentId: u.bfh!.id, version: 2 });
    expect((await auditOf(d.id))[0]).toMatchObject({
      action: 'org_unit.moved',
      data: { fromParentId: u.ahh!.id, toParentId: u.bfh!.id },
    });
  });

  it('Tutorcentret cannot move a department out of its hospital (404 for the target)', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    const res = await write(tutor, 'put', `/api/org-admin/units/${d.id}/parent`, { version: 1, parentId: u.bfh!.id });
    expect(res.status).toBe(404);
    const top = await write(tutor, 'put', `/api/org-admin/units/${d.id}/parent`, { version: 1, parentId: null });
    expect(top.status).toBe(400);
  });

  it('refuses a move into the wrong kind of parent and a move that would make a cycle', async () => {
    const d = await newDept(admin, u.ahh!.id);
    const wrong = await write(admin, 'put', `/api/org-admin/units/${d.id}/parent`, {
      version: 1,
      parentId: u.gpSyd!.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors[0]).toMatchObject({ path: 'body.parentId', code: 'invalid_parent' });
    const self = await write(admin, 'put', `/api/org-admin/units/${d.id}/parent`, { version: 1, parentId: d.id });
    expect(self.status).toBe(400);
    expect(self.body.errors[0]).toMatchObject({ path: 'body.parentId', code: 'cycle' });
    const h = (await create(admin, { kind: 'HOSPITAL', name: `Cyklushospital ${rand()}`, parentId: null }))
      .body as Unit;
    const child = await newDept(admin, h.id);
    const cycle = await write(admin, 'put', `/api/org-admin/units/${h.id}/parent`, { version: 1, parentId: child.id });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors[0].code).toBe('cycle');
    const practiceUp = await write(admin, 'put', `/api/org-admin/units/${u.practice!.id}/parent`, {
      version: u.practice!.version,
      parentId: u.ahh!.id,
    });
    expect(practiceUp.status).toBe(400);
  });
});

describe('closing and reopening', () => {
  it('closes a unit without open children, keeps it readable, and reopens it', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    const closed = await write(tutor, 'post', `/api/org-admin/units/${d.id}/close`, { version: 1 }).expect(200);
    expect(closed.body.closedAt).not.toBeNull();
    expect(closed.body.version).toBe(2);
    const list = await tutor.agent.get('/api/org-admin/units').expect(200);
    expect((list.body.items as Unit[]).map((x) => x.id)).not.toContain(d.id);
    await tutor.agent.get(`/api/org-units/${d.id}`).expect(200);
    const again = await write(tutor, 'post', `/api/org-admin/units/${d.id}/close`, { version: 2 });
    expect(again.status).toBe(409);
    const reopened = await write(tutor, 'post', `/api/org-admin/units/${d.id}/reopen`, { version: 2 }).expect(200);
    expect(reopened.body).toMatchObject({ closedAt: null, version: 3 });
    expect((await auditOf(d.id)).map((e) => e.action)).toEqual([
      'org_unit.reopened',
      'org_unit.closed',
      'org_unit.created',
    ]);
  });

  it('refuses to close a unit with open children, with a message saying so', async () => {
    const h = (await create(admin, { kind: 'HOSPITAL', name: `Lukkehospital ${rand()}`, parentId: null })).body as Unit;
    const d = await newDept(admin, h.id);
    const res = await write(admin, 'post', `/api/org-admin/units/${h.id}/close`, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.body.detail).toMatch(/1 open sub-unit/);
    // Close the child first, then the hospital; then the child cannot be reopened under it.
    await write(admin, 'post', `/api/org-admin/units/${d.id}/close`, { version: 1 }).expect(200);
    await write(admin, 'post', `/api/org-admin/units/${h.id}/close`, { version: 1 }).expect(200);
    const reopen = await write(admin, 'post', `/api/org-admin/units/${d.id}/reopen`, { version: 2 });
    expect(reopen.status).toBe(409);
    expect(reopen.body.detail).toMatch(/parent/);
    // Nothing new goes under a closed unit.
    const under = await create(admin, { kind: 'DEPARTMENT', name: `D ${rand()}`, parentId: h.id });
    expect(under.status).toBe(400);
    expect(under.body.errors[0].code).toBe('parent_closed');
  });

  it('reopening is refused when an open sibling has taken the name meanwhile', async () => {
    const d = await newDept(tutor, u.ahh!.id);
    await write(tutor, 'post', `/api/org-admin/units/${d.id}/close`, { version: 1 }).expect(200);
    await newDept(tutor, u.ahh!.id, d.name);
    const res = await write(tutor, 'post', `/api/org-admin/units/${d.id}/reopen`, { version: 2 });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].path).toBe('body.name');
  });
});

describe('specialties', () => {
  it('lists the region’s specialties with how many units use each', async () => {
    const res = await tutor.agent.get('/api/org-admin/specialties').expect(200);
    const kard = (res.body.items as { name: string; unitCount: number }[]).find(
      (s) => s.name === 'Intern medicin: kardiologi',
    );
    expect(kard?.unitCount).toBeGreaterThanOrEqual(1);
    await uao.agent.get('/api/org-admin/specialties').expect(403);
  });

  it('creates and renames; names are unique in the region ignoring case (409 with a field error); audited', async () => {
    const name = `Klinisk testmedicin ${rand()}`;
    const created = await write(tutor, 'post', '/api/org-admin/specialties', { name }).expect(201);
    expect(created.body).toMatchObject({ name, unitCount: 0 });
    const dup = await write(admin, 'post', '/api/org-admin/specialties', { name: name.toUpperCase() });
    expect(dup.status).toBe(409);
    expect(dup.body.errors[0]).toMatchObject({ path: 'body.name', code: 'duplicate' });
    const toExisting = await write(admin, 'patch', `/api/org-admin/specialties/${created.body.id}`, {
      name: 'Kirurgi',
    });
    expect(toExisting.status).toBe(409);
    const renamed = await write(admin, 'patch', `/api/org-admin/specialties/${created.body.id}`, {
      name: `${name} II`,
    }).expect(200);
    expect(renamed.body.name).toBe(`${name} II`);
    const log = await admin.agent.get(`/api/audit-events?entityType=specialty&entityId=${created.body.id}`).expect(200);
    expect(log.body.items.map((e: { action: string }) => e.action)).toEqual(['specialty.renamed', 'specialty.created']);
    // Another region's admin cannot rename it.
    const sj = await write(sjTutor, 'patch', `/api/org-admin/specialties/${created.body.id}`, { name: 'X' });
    expect(sj.status).toBe(404);
  });
});
